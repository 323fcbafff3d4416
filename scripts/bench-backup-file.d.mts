export function bigBackupJson(n: number): string;
