namespace Okra.Objectives;

/// <summary>
/// The texts of the objective and key-result pages and forms: <c>OkrTexts.resx</c> (English) and <c>OkrTexts.hu.resx</c>
/// (Hungarian) beside this file.
/// </summary>
public sealed class OkrTexts;
