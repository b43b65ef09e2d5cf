using System.CommandLine;
using System.Net;
using System.Text;
using Limber.Core.Catalog;
using Limber.Core.Figures;

namespace Limber.Cli.Commands;

/// <summary><c>limber figures --out DIR</c>: every figure as SVG plus one contact sheet to review them at a glance.</summary>
internal static class FiguresCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Folder to write the SVG files and index.html into.", Required = true };
        var content = new Option<DirectoryInfo?>("--content") { Description = "Read this content folder instead of the embedded one." };
        var command = new Command("figures", "Write every exercise figure as SVG, with a contact sheet (index.html).") { outOption, content };
        command.SetAction(result => Write(result.GetValue(outOption)!, result.GetValue(content), output, error));
        return command;
    }

    private static int Write(DirectoryInfo folder, DirectoryInfo? contentFolder, TextWriter output, TextWriter error)
    {
        var load = KnowledgeBaseReader.Read(contentFolder is null ? ContentFiles.Embedded() : ContentFiles.FromDirectory(contentFolder.ToString()));
        if (load.Base is not { } knowledge)
        {
            error.WriteLine($"limber: the content has {load.Problems.Count} problem(s); run 'limber catalog check' to list them");
            return 1;
        }

        folder.Create();
        var drawn = knowledge.Records.Where(r => r.Figure is not null).ToList();
        var sheet = new StringBuilder();
        sheet.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Limber figures</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:1rem;background:#fbfaf7}figure{margin:0 0 14px;background:#fff;border:1px solid #d9ded9;border-radius:10px;padding:6px;break-inside:avoid}")
            .Append("figcaption{font-size:14px}small{color:#5b6661}.sizes{display:flex;gap:10px;align-items:flex-end;flex-wrap:wrap}.sizes img{display:block}")
            .Append(".thumbnail{width:96px}.player{width:320px}.print{width:60mm}.pose{width:200px}")
            .Append("</style></head><body>")
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"<h1>Limber figures ({drawn.Count})</h1><p>Each figure at three sizes: thumbnail (96 px), player (320 px) and print (60 mm). Reduced motion shows the key end pose. Below them, each key pose still, as the printed sheet shows them.</p><main>");
        foreach (var record in drawn)
        {
            File.WriteAllText(Path.Combine(folder.FullName, record.Id + ".svg"), FigureRenderer.Render(record));
            File.WriteAllText(Path.Combine(folder.FullName, record.Id + ".mirrored.svg"), FigureRenderer.Render(record, mirror: true));
            var figure = record.Figure!;
            for (var pose = 0; pose < figure.Poses.Count; pose++)
            {
                File.WriteAllText(Path.Combine(folder.FullName, $"{record.Id}.pose{pose + 1}.svg"), FigureRenderer.RenderPose(record, pose));
            }

            sheet.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<figure><div class=\"sizes\"><img class=\"thumbnail\" src=\"{record.Id}.svg\" alt=\"\"><img class=\"player\" src=\"{record.Id}.svg\" alt=\"\"><img class=\"print\" src=\"{record.Id}.svg\" alt=\"\"></div>")
                .Append("<div class=\"sizes\">")
                .AppendJoin("", Enumerable.Range(1, figure.Poses.Count).Select(n => $"<img class=\"pose\" src=\"{record.Id}.pose{n}.svg\" alt=\"\">"))
                .Append("</div>")
                .Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<figcaption><strong>{WebUtility.HtmlEncode(record.Name)}</strong> <small>{record.Id} · {Code.Of(figure.View)} view · {Code.Of(record.Position)} · {string.Join(", ", record.Targets)} · poses: {string.Join(" → ", figure.Poses.Select(p => WebUtility.HtmlEncode(p.Name)))}</small></figcaption></figure>");
        }

        sheet.Append("</main></body></html>");
        File.WriteAllText(Path.Combine(folder.FullName, "index.html"), sheet.ToString());
        var missing = knowledge.Records.Count(r => r.Figure is null);
        output.WriteLine($"wrote {drawn.Count} figures and index.html to {folder.FullName}{(missing > 0 ? $" ({missing} records have no figure)" : "")}");
        return 0;
    }
}
