/**
 * Structured JSON logs, one object per line: on Lambda to stdout (CloudWatch reads the fields);
 * with PW_LOG_FILE set (pw start does), appended to that file so the console keeps to progress.
 */
import { appendFileSync } from 'node:fs';
import type { Logger } from '@pw/core';

/** One log line: to PW_LOG_FILE when set (pw start), else to the console (CloudWatch on Lambda). */
export function writeLogLine(line: string, level: 'info' | 'warn' | 'error' = 'info'): void {
  const file = process.env.PW_LOG_FILE;
  if (file) appendFileSync(file, `${line}\n`);
  else if (level === 'error') console.error(line);
  else if (level === 'warn') console.warn(line);
  else console.log(line);
}

function write(level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void {
  writeLogLine(JSON.stringify({ level, msg, time: new Date().toISOString(), ...fields }), level);
}

export const jsonLogger: Logger = {
  info: (msg, fields) => write('info', msg, fields),
  warn: (msg, fields) => write('warn', msg, fields),
  error: (msg, fields) => write('error', msg, fields),
};
