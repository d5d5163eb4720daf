using System.Buffers.Binary;

namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Version 7 ids that rise with each call (one millisecond apart), so that bulk-loaded rows land at the right-hand
/// end of their indexes instead of all over them. The random part comes from a seeded generator rather than the
/// operating system, which <see cref="Guid.CreateVersion7(DateTimeOffset)"/> asks once per id: at millions of ids
/// that system call is a large share of the load's time.
/// </summary>
internal sealed class SequentialIds(DateTimeOffset start, int seed)
{
    private readonly Random _random = new(seed);
    private long _milliseconds = start.ToUnixTimeMilliseconds();

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes[6..]);
        BinaryPrimitives.WriteInt64BigEndian(bytes[..8], (_milliseconds++ << 16) | BinaryPrimitives.ReadUInt16BigEndian(bytes[6..8]));
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // RFC 9562 variant
        return new Guid(bytes, bigEndian: true);
    }
}
