/** Structured JSON logs, one object per line (CloudWatch reads them as fields). */
import type { Logger } from '@pw/core';

function line(level: string, msg: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields });
}

export const jsonLogger: Logger = {
  info: (msg, fields) => console.log(line('info', msg, fields)),
  warn: (msg, fields) => console.warn(line('warn', msg, fields)),
  error: (msg, fields) => console.error(line('error', msg, fields)),
};
