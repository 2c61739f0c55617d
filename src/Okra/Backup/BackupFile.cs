namespace Okra.Backup;

/// <summary>What a backup file holds, told by its first bytes.</summary>
internal enum BackupKind
{
    Unknown,
    Sqlite,
    Postgres,
}

internal static class BackupFile
{
    private static readonly byte[] SqliteMagic = "SQLite format 3\0"u8.ToArray();
    private static readonly byte[] PgDumpMagic = "PGDMP"u8.ToArray();

    public static BackupKind KindOf(FileInfo file)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = file.OpenRead();
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read >= SqliteMagic.Length && head[..SqliteMagic.Length].SequenceEqual(SqliteMagic)) return BackupKind.Sqlite;
        if (read >= PgDumpMagic.Length && head[..PgDumpMagic.Length].SequenceEqual(PgDumpMagic)) return BackupKind.Postgres;
        return BackupKind.Unknown;
    }
}
