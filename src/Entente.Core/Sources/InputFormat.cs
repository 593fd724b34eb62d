namespace Entente.Sources;

public enum InputFormat
{
    PlainText,
    JsonLines,
    Json,
}
