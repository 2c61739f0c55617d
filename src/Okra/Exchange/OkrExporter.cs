namespace Okra.Exchange;

public sealed class OkrExporter;
public sealed class OkrImporter;
