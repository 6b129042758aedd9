namespace Guidance.Cli;

/// <summary>The exit codes of the contract.</summary>
public static class ExitCodes
{
    public const int Built = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
