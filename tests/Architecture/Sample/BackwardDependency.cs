// A two-stage pipeline that breaks the order on purpose, for StageOrderTests to catch: the earlier
// stage (Load) calls into the later one (Render).
namespace Guidance.Tests.Architecture.Sample.Load
{
    public static class Loader
    {
        public static string Read() => Render.Renderer.Write("page");
    }
}

namespace Guidance.Tests.Architecture.Sample.Render
{
    public static class Renderer
    {
        public static string Write(string page) => $"<p>{page}</p>";
    }
}
