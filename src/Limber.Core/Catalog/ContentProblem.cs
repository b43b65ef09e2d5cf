namespace Limber.Core.Catalog;

/// <summary>One thing wrong with the content, reported as <c>path:line: message</c>.</summary>
public sealed record ContentProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}

/// <summary>The result of reading the content: a knowledge base when there were no problems.</summary>
public sealed record KnowledgeBaseLoad(KnowledgeBase? Base, IReadOnlyList<ContentProblem> Problems);
