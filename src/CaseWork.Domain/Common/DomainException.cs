namespace CaseWork.Domain.Common;

/// <summary>A domain rule refused a state change. The message is a stable code the UI translates.</summary>
public class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message) : base(message)
    {
    }

    public DomainException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
