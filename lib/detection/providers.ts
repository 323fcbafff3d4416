/**
 * Infrastructure, data, payment and service companies whose certificates vendors' pages quote as the
 * backing of their own ("Supabase is SOC 2 Type II compliant.", "Built on Vercel and AWS, both SOC 2
 * Type II"). Pages often name them with no role at all, so their names alone must say they are someone
 * else: they become known third parties, like the names of the page's own sub-processor list.
 *
 * Company and platform names only, written as they are (case counts: "render" and "azure" are words):
 * a product's name (Claude, Gemini, Copilot) can be the vendor's own offering. The vendor's own names
 * never count, so Stripe's own security page keeps Stripe's claims (Roles.know skips them). A name in
 * brackets is the short form of the name before it ("Amazon Web Service (AWS)"), which the page gives.
 */
const PROVIDER = new RegExp(
  String.raw`(?<![\p{L}\p{N}(（])(?:AWS|Amazon Web Services|Microsoft Azure|Azure|Google Cloud(?: Platform)?|GCP|Oracle Cloud|IBM Cloud|Alibaba Cloud|Supabase|Vercel|Netlify|Heroku|Render|Fly\.io|DigitalOcean|Cloudflare|Fastly|Akamai|Hetzner|OVHcloud|Scaleway|Linode|Firebase|MongoDB Atlas|Snowflake|Databricks|PlanetScale|Stripe|Braintree|Adyen|PayPal|Paddle|Plaid|Twilio|SendGrid|Mailgun|Postmark|Auth0|Okta|Datadog|Sentry|Equinix|Digital Realty|Interxion|IONOS|STACKIT|OpenAI|Anthropic|Cohere|Mistral AI|Pinecone)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`,
  'gu',
);

/** The well-known providers a text names, each once, in order. */
export function wellKnownProviders(text: string): string[] {
  const found = new Set<string>();
  PROVIDER.lastIndex = 0;
  for (let m = PROVIDER.exec(text); m && found.size < 60; m = PROVIDER.exec(text)) found.add(m[0]);
  return [...found];
}
