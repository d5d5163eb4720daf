namespace CaseWork.Web.Localization;

/// <summary>Marker for the one resource file set that holds every UI text (Resources/SharedResource*.resx).</summary>
public sealed class SharedResource;
