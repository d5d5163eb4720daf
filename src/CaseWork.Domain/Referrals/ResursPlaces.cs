using CaseWork.Domain.Common;

namespace CaseWork.Domain.Referrals;

/// <summary>How many Jobbtorg Resurs places a district has; the administrator sets them.</summary>
public class ResursPlaces
{
    private ResursPlaces()
    {
    }

    public ResursPlaces(int districtId, int places)
    {
        DistrictId = districtId;
        Change(places);
    }

    public int DistrictId { get; private set; }

    public int Places { get; private set; }

    public void Change(int places)
    {
        if (places < 0)
        {
            throw new DomainException(ReferralRuleCodes.PlacesNegative);
        }

        Places = places;
    }
}
