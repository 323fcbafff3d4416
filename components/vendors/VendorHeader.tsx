import { TIERS, type Tier, type Vendor } from '@/lib/db/schema';
import { StatusLine } from '../ui/StatusLine';

const TIER_LABELS: Record<Tier, string> = {
  standard: 'Standard',
  'high-stakes': 'High-stakes',
  regulated: 'Regulated (healthcare, finance, government)',
};

interface Props {
  vendor: Vendor;
  onTierChange: (tier: Tier) => void;
  /** The last tier change did not save: the tier asked for and why (the stored tier stays shown). */
  tierFailure?: { tier: Tier; error: string } | null;
}

/** The vendor under review: name, domain and the deployment tier that drives the verdict. */
export function VendorHeader({ vendor, onTierChange, tierFailure }: Props) {
  return (
    <div className="vendor-header">
      <h2 data-testid="review-vendor">{vendor.name}</h2>
      {vendor.domain && <p className="muted">{vendor.domain}</p>}
      <div className="field">
        <label htmlFor="vendor-tier">Deployment tier</label>
        <select id="vendor-tier" value={vendor.tier} onChange={(e) => onTierChange(e.target.value as Tier)}>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      {tierFailure && (
        <StatusLine tone="error">
          Couldn’t change the tier to {TIER_LABELS[tierFailure.tier]}: {tierFailure.error} The tier is still{' '}
          {TIER_LABELS[vendor.tier]}.{' '}
          <button type="button" onClick={() => onTierChange(tierFailure.tier)}>
            Retry
          </button>
        </StatusLine>
      )}
    </div>
  );
}
