interface Props {
  vendorName: string;
  /** The vendor's domain on record, which the page's links point to. */
  claimedDomain: string;
  /** Where the page is served: a shared host anyone can open a page on. */
  tenant: string;
  onLink: () => void;
}

/**
 * A page on shared hosting (a SafeBase, Drata… tenant) says it is a vendor's trust center. Anyone can
 * open such a page, so it is matched to that vendor only if the reviewer links it.
 */
export function TenantLinkHint({ vendorName, claimedDomain, tenant, onLink }: Props) {
  return (
    <section aria-labelledby="tenant-hint-heading" className="card">
      <h2 id="tenant-hint-heading">This page says it is {vendorName}’s trust center</h2>
      <p>
        Its links point to <span className="url">{claimedDomain}</span>, the domain of {vendorName} in your
        reviews. But it is served from <span className="url">{tenant}</span>, where anyone can open a page, so
        Vendorscope keeps it apart from {vendorName}’s review until you link it.
      </p>
      <button type="button" onClick={onLink}>
        Link this page to {vendorName}
      </button>
    </section>
  );
}
