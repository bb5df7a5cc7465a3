// Credential knowledge as data: provider key formats, and values that are no secret.

/**
 * Provider key formats; a match must also look random (mixed case and digits unless the format is
 * upper-case only). Formats as the providers document them:
 * https://docs.anthropic.com/en/api/getting-started , https://platform.openai.com/docs/api-reference/authentication ,
 * https://huggingface.co/docs/hub/security-tokens , https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids ,
 * https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/ ,
 * https://cloud.google.com/docs/authentication/api-keys , https://console.groq.com/docs/api-keys ,
 * https://api.slack.com/authentication/token-types
 */
export const PROVIDER_KEY_FORMATS: { name: string; pattern: RegExp; upperOnly?: boolean }[] = [
  { name: "Anthropic API key", pattern: /\bsk-ant-(?:api\d\d-)?[A-Za-z0-9_-]{32,}/ },
  { name: "OpenAI API key", pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,}/ },
  { name: "Hugging Face token", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, upperOnly: true },
  { name: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{60,})/ },
  { name: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: "Groq API key", pattern: /\bgsk_[A-Za-z0-9]{40,}/ },
  { name: "Slack token", pattern: /\bxox[baprs]-[A-Za-z0-9-]{20,}/ },
];

/** Values that ship as defaults or top every password-spraying list, and passwords documentation prints everywhere. */
export const WELL_KNOWN_PASSWORDS = new Set(
  [
    "password", "passw0rd", "password1", "password123", "pass", "secret", "admin", "administrator", "root", "toor",
    "changeme", "change_me", "changeit", "default", "guest", "test", "testing", "welcome", "letmein", "qwerty",
    "123456", "1234", "12345", "12345678", "123456789", "1234567890", "abc123", "postgres", "mysql", "elastic",
    "minioadmin", "minio123", "admin123", "root123", "bitnami", "user",
    "strongpassword123!", "yourstrongpassword123!", "yourstrong(!)password", "p@ssw0rd", "p@ssword", "passw0rd!",
    "password1!", "admin123!", "secret123", "mysecretpassword",
  ].map((v) => v.toLowerCase()),
);

/**
 * Defaults that stacks really run with although they read like placeholders: Supabase's self-hosting
 * `.env.example` values, copied into many AI platforms' compose files.
 * https://github.com/supabase/supabase/blob/master/docker/.env.example
 */
export const PUBLISHED_EXAMPLE_SECRETS = new Set([
  "your-super-secret-jwt-token-with-at-least-32-characters-long",
  "your-super-secret-and-long-postgres-password",
  "this_password_is_insecure_and_should_be_updated",
  // Arize Phoenix's PHOENIX_SECRET example value (JWT signing key) in its authentication guide:
  // https://arize.com/docs/phoenix/self-hosting/features/authentication
  "3413f9a7735bb780c6b8e4db7d946a492b64d26112a955cdea6a797f4c833593",
  // Kibana's example `xpack.encryptedSavedObjects.encryptionKey`, printed in Elastic's detections
  // requirements and copied into many compose files (and apm-server's test setup):
  // https://www.elastic.co/guide/en/security/current/detections-permissions-section.html
  "fhjskloppd678ehkdfdlliverpoolfcr",
]);

/**
 * Words in a setting's name that say the credential is for another service, one the workload connects
 * to as a client: mail, a database, a directory, an identity provider, a cloud or model provider
 * (`PHOENIX_SMTP_PASSWORD`, `DB_PASSWORD`, `OIDC_CLIENT_SECRET`, `OPENAI_API_KEY`). Catalog products'
 * own prefixes (`NEO4J`, `POSTGRES`, `ELASTIC`) count too; see credentialRole.
 */
export const CLIENT_SERVICE_WORDS = [
  "SMTP", "MAIL", "EMAIL", "IMAP", "DB", "DATABASE", "PG", "SQL", "LDAP", "CLIENT", "UPSTREAM", "S3", "AWS", "AZURE", "GCS", "GCP",
  "OPENAI", "ANTHROPIC", "HF", "HUGGINGFACE", "GITHUB", "SLACK", "REGISTRY",
];
