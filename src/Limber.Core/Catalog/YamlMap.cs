using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Limber.Core.Catalog;

/// <summary>
/// Reads one YAML mapping field by field, recording every problem with its file and line
/// instead of stopping at the first.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, string file, string where, List<ContentProblem> problems)
{
    public string File { get; } = file;

    public int Line => (int)node.Start.Line;

    public int LineOf(string key) => Find(key) is { } n ? (int)n.Start.Line : Line;

    public bool Has(string key) => Find(key) is not null;

    public void Report(int line, string message) => problems.Add(new ContentProblem(File, line, message));

    /// <summary>Reports every key not in <paramref name="allowed"/>.</summary>
    public void AllowOnly(params string[] allowed)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Report((int)key.Start.Line, $"unknown field '{Path(name)}' (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public string? String(string key, bool required = true)
    {
        var value = Scalar(key, required);
        if (value is not null && string.IsNullOrWhiteSpace(value.Value))
        {
            Report((int)value.Start.Line, $"'{Path(key)}' must not be empty");
            return null;
        }

        return value?.Value;
    }

    public int? Int(string key, bool required = true)
    {
        var value = Scalar(key, required);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Report((int)value.Start.Line, $"'{Path(key)}' must be a whole number (got '{value.Value}')");
        return null;
    }

    public double? Number(string key, bool required = true)
    {
        var value = Scalar(key, required);
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Report((int)value.Start.Line, $"'{Path(key)}' must be a number (got '{value.Value}')");
        return null;
    }

    public bool? Bool(string key, bool required = true)
    {
        var value = Scalar(key, required);
        if (value is null)
        {
            return null;
        }

        if (value.Value is "true" or "false")
        {
            return value.Value == "true";
        }

        Report((int)value.Start.Line, $"'{Path(key)}' must be true or false (got '{value.Value}')");
        return null;
    }

    public TEnum? Enum<TEnum>(string key, string what)
        where TEnum : struct, Enum
    {
        var value = Scalar(key, required: true);
        if (value is null)
        {
            return null;
        }

        if (Code.TryParse<TEnum>(value.Value ?? "", out var parsed))
        {
            return parsed;
        }

        Report((int)value.Start.Line, $"unknown {what} '{value.Value}' (allowed: {string.Join(", ", Code.All<TEnum>())})");
        return null;
    }

    /// <summary>A scalar that must be one of <paramref name="allowed"/>.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed, string what)
    {
        var value = Scalar(key, required: true);
        if (value is null)
        {
            return null;
        }

        if (allowed.Contains(value.Value ?? "", StringComparer.Ordinal))
        {
            return value.Value;
        }

        Report((int)value.Start.Line, $"unknown {what} '{value.Value}' (allowed: {string.Join(", ", allowed)})");
        return null;
    }

    /// <summary>A list of non-empty strings; missing means empty unless required.</summary>
    public IReadOnlyList<(string Value, int Line)> Strings(string key, bool required = false)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Report(Line, $"missing required field '{Path(key)}'");
            }

            return [];
        }

        if (found is YamlScalarNode { Value: null or "" or "~" or "null" } && !required)
        {
            return [];
        }

        if (found is not YamlSequenceNode sequence)
        {
            Report((int)found.Start.Line, $"'{Path(key)}' must be a list");
            return [];
        }

        var result = new List<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text } && !string.IsNullOrWhiteSpace(text))
            {
                result.Add((text, (int)item.Start.Line));
            }
            else if (item is YamlMappingNode)
            {
                Report((int)item.Start.Line, $"'{Path(key)}' items must be text; quote an item that contains ': '");
            }
            else
            {
                Report((int)item.Start.Line, $"'{Path(key)}' items must be non-empty text");
            }
        }

        if (required && result.Count == 0 && sequence.Children.Count == 0)
        {
            Report((int)found.Start.Line, $"'{Path(key)}' must not be empty");
        }

        return result;
    }

    /// <summary>A list of codes from a closed vocabulary, each at most once.</summary>
    public IReadOnlyList<string> Codes(string key, IReadOnlyList<string> allowed, string what, bool required = false)
    {
        var result = new List<string>();
        foreach (var (value, line) in Strings(key, required))
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                Report(line, $"'{Path(key)}': '{value}' is not {what} (allowed: {string.Join(", ", allowed)})");
            }
            else if (result.Contains(value, StringComparer.Ordinal))
            {
                Report(line, $"'{Path(key)}': '{value}' is listed twice");
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Report(Line, $"missing required field '{Path(key)}'");
            }

            return null;
        }

        if (found is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, Path(key), problems);
        }

        Report((int)found.Start.Line, $"'{Path(key)}' must be a mapping of fields");
        return null;
    }

    /// <summary>A list of mappings, each read with its own path.</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Report(Line, $"missing required field '{Path(key)}'");
            }

            return [];
        }

        if (found is not YamlSequenceNode sequence)
        {
            Report((int)found.Start.Line, $"'{Path(key)}' must be a list");
            return [];
        }

        var result = new List<YamlMap>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, File, $"{Path(key)}[{i}]", problems));
            }
            else
            {
                Report((int)sequence.Children[i].Start.Line, $"'{Path(key)}[{i}]' must be a mapping of fields");
            }
        }

        return result;
    }

    /// <summary>A range written [min, max], or one number meaning [n, n]; min must not exceed max.</summary>
    public IntRange? Range(string key, bool required = true)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Report(Line, $"missing required field '{Path(key)}'");
            }

            return null;
        }

        var line = (int)found.Start.Line;
        int? min = null, max = null;
        if (found is YamlScalarNode scalar && int.TryParse(scalar.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var single))
        {
            min = max = single;
        }
        else if (found is YamlSequenceNode { Children.Count: 2 } pair
            && pair.Children[0] is YamlScalarNode a && int.TryParse(a.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lo)
            && pair.Children[1] is YamlScalarNode b && int.TryParse(b.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var hi))
        {
            min = lo;
            max = hi;
        }

        if (min is null || max is null)
        {
            Report(line, $"'{Path(key)}' must be [min, max] with whole numbers");
            return null;
        }

        if (min < 0)
        {
            Report(line, $"'{Path(key)}': min {min} must not be negative");
            return null;
        }

        if (min > max)
        {
            Report(line, $"'{Path(key)}': min {min} is above max {max}");
            return null;
        }

        return new IntRange(min.Value, max.Value);
    }

    public string Path(string key) => where.Length == 0 ? key : $"{where}.{key}";

    private YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlScalarNode? Scalar(string key, bool required)
    {
        var found = Find(key);
        if (found is null)
        {
            if (required)
            {
                Report(Line, $"missing required field '{Path(key)}'");
            }

            return null;
        }

        if (found is YamlScalarNode scalar)
        {
            return scalar;
        }

        Report((int)found.Start.Line, $"'{Path(key)}' must be a single value");
        return null;
    }
}
