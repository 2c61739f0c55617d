namespace Okra.Resources;

/// <summary>
/// The messages of the domain and the API: <c>ServerMessageCatalogue.resx</c> names every English template (key and
/// value alike), <c>ServerMessageCatalogue.hu.resx</c> gives each in Hungarian. Read by <see cref="Components.Localization.ServerMessages"/>.
/// </summary>
public sealed class ServerMessageCatalogue;
