using AngleSharp.Html.Dom;

namespace Limber.Web.Tests.Support;

/// <summary>
/// A form's fields as a browser would submit them (hidden inputs such as the antiforgery token, text and number
/// values, checked boxes and radios, selected options, textareas), which a test then edits like a person would.
/// </summary>
public sealed class FormData
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private FormData(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    /// <summary>Where the form posts: its action, or the address of the page it is on.</summary>
    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    public static FormData Of(IHtmlFormElement form, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when Successful(input.Name, input.IsDisabled):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name!, input.GetAttribute("value") ?? "on"));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "reset" or "image" or "file"))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when Successful(select.Name, select.IsDisabled):
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
                case IHtmlTextAreaElement textArea when Successful(textArea.Name, textArea.IsDisabled):
                    fields.Add(new(textArea.Name!, textArea.Value));
                    break;
                default:
                    break;
            }
        }

        var action = form.GetAttribute("action");
        return new FormData(string.IsNullOrEmpty(action) ? pageUrl : action, fields);
    }

    /// <summary>A form that is not on any page: a hand-made post, as a person could send with the browser's tools.</summary>
    public static FormData To(string action, params (string Name, string Value)[] fields) =>
        new(action, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    /// <summary>Types <paramref name="value"/> into a field, or picks it for a radio group: replaces every value the name had.</summary>
    public FormData Set(string name, string value)
    {
        _fields.RemoveAll(f => f.Key == name);
        _fields.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks a checkbox.</summary>
    public FormData Check(string name, string value)
    {
        if (!_fields.Contains(new(name, value)))
        {
            _fields.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Unticks a checkbox.</summary>
    public FormData Uncheck(string name, string value)
    {
        _fields.Remove(new(name, value));
        return this;
    }

    /// <summary>Drops every value of <paramref name="name"/>, as if the field were not on the page.</summary>
    public FormData Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public string? Get(string name) => _fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    public IReadOnlyList<string> GetAll(string name) => [.. _fields.Where(f => f.Key == name).Select(f => f.Value)];

    private static bool Successful(string? name, bool disabled) => !string.IsNullOrEmpty(name) && !disabled;
}
