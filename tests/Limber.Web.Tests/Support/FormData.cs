using AngleSharp.Html.Dom;

namespace Limber.Web.Tests.Support;

/// <summary>
/// A form's fields as a browser would submit them (hidden inputs such as the antiforgery token, text and number
/// values, checked boxes and radios, selected options, textareas), which a test then edits like a person would.
/// Fields are sent in document order, as browsers do; model binding relies on it (a ticked checkbox's "true"
/// comes before its hidden "false").
/// </summary>
public sealed class FormData
{
    private readonly List<(int Position, string Name, string Value)> _fields;
    private readonly Dictionary<string, int> _positions;

    private FormData(string action, List<(int, string, string)> fields, Dictionary<string, int> positions)
    {
        Action = action;
        _fields = fields;
        _positions = positions;
    }

    /// <summary>Where the form posts: its action, or the address of the page it is on.</summary>
    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields =>
        [.. _fields.OrderBy(f => f.Position).Select(f => new KeyValuePair<string, string>(f.Name, f.Value))];

    public static FormData Of(IHtmlFormElement form, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<(int, string, string)>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var element in form.Elements)
        {
            position++;
            switch (element)
            {
                case IHtmlInputElement input when Named(input.Name):
                    var value = input.GetAttribute("value") ?? (input.Type is "checkbox" or "radio" ? "on" : "");
                    positions.TryAdd(input.Name!, position);
                    positions.TryAdd(Key(input.Name!, value), position);
                    if (input.IsDisabled)
                    {
                        break;
                    }

                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add((position, input.Name!, value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "reset" or "image" or "file"))
                    {
                        fields.Add((position, input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when Named(select.Name):
                    positions.TryAdd(select.Name!, position);
                    if (!select.IsDisabled)
                    {
                        fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => (position, select.Name!, o.Value)));
                    }

                    break;
                case IHtmlTextAreaElement textArea when Named(textArea.Name):
                    positions.TryAdd(textArea.Name!, position);
                    if (!textArea.IsDisabled)
                    {
                        fields.Add((position, textArea.Name!, textArea.Value));
                    }

                    break;
                default:
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new FormData(string.IsNullOrEmpty(action) ? pageUrl : action, fields, positions);
    }

    /// <summary>A form that is not on any page: a hand-made post, as a person could send with the browser's tools.</summary>
    public static FormData To(string action, params (string Name, string Value)[] fields) =>
        new(action, [.. fields.Select((f, i) => (i, f.Name, f.Value))], []);

    /// <summary>Types <paramref name="value"/> into a field, or picks it for a radio group: replaces every value the name had.</summary>
    public FormData Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Name == name);
        _fields.Add((PositionOf(name, value), name, value));
        return this;
    }

    /// <summary>Ticks a checkbox.</summary>
    public FormData Check(string name, string value)
    {
        if (!_fields.Exists(f => f.Name == name && f.Value == value))
        {
            _fields.Add((PositionOf(name, value), name, value));
        }

        return this;
    }

    /// <summary>Unticks a checkbox.</summary>
    public FormData Uncheck(string name, string value)
    {
        _fields.RemoveAll(f => f.Name == name && f.Value == value);
        return this;
    }

    /// <summary>Drops every value of <paramref name="name"/>, as if the field were not on the page.</summary>
    public FormData Remove(string name)
    {
        _fields.RemoveAll(f => f.Name == name);
        return this;
    }

    public string? Get(string name) => GetAll(name) is [var first, ..] ? first : null;

    public IReadOnlyList<string> GetAll(string name) => [.. Fields.Where(f => f.Key == name).Select(f => f.Value)];

    /// <summary>Where a browser would put this value: at its control, else at the first control of that name, else last.</summary>
    private int PositionOf(string name, string value) =>
        _positions.TryGetValue(Key(name, value), out var exact) ? exact
        : _positions.TryGetValue(name, out var first) ? first
        : int.MaxValue;

    private static string Key(string name, string value) => $"{name}\0{value}";

    private static bool Named(string? name) => !string.IsNullOrEmpty(name);
}
