import { stringify } from 'yaml';

export interface GateEntry {
  id?: string;
  type: string;
  blocking?: boolean;
  timeout?: string;
  options?: Record<string, unknown>;
  [key: string]: unknown;
}

export function configYaml(gates: GateEntry[], extra: Record<string, unknown> = {}): string {
  return stringify({ version: 1, ...extra, gates });
}
