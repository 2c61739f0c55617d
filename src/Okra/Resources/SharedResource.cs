namespace Okra.Resources;

/// <summary>The UI's texts: <c>SharedResource.resx</c> (English) and <c>SharedResource.hu.resx</c> (Hungarian) beside this file.</summary>
public sealed class SharedResource;
