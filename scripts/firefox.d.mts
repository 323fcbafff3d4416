export function findFirefox(): string | null;
export function requireFirefox(): string;
