namespace CaseWork.Domain.Common;

/// <summary>
/// What a person may type into CaseWork: any letter, digit, sign or space, and a line break or tab in a long text.
/// Never a NUL or another control character, and never a bidirectional control (U+202A–U+202E, U+2066–U+2069,
/// U+200E, U+200F, U+061C), which turns the text it sits in around on screen, so that a name or a file name in
/// a title, a list or an export reads otherwise than it is. Such a text is refused, never changed silently.
/// </summary>
public static class TypedText
{
    /// <summary>True when <paramref name="text"/> holds nothing but what may be typed; line breaks and tabs only when <paramref name="multiline"/>.</summary>
    public static bool IsAllowed(string? text, bool multiline) =>
        text is null || FirstRefused(text, multiline) < 0;

    /// <summary>The index of the first character that may not be typed, or -1.</summary>
    public static int FirstRefused(string text, bool multiline)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsRefused(text[i], multiline))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsRefused(char c, bool multiline) => c switch
    {
        '\n' or '\r' or '\t' => !multiline,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        _ => char.IsControl(c),
    };
}
