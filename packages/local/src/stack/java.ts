/**
 * DynamoDB Local is a Java program and needs Java 17 or newer: checked before anything starts, so
 * that a missing or old Java is one clear message instead of a cryptic emulator failure.
 */
import { execFile } from 'node:child_process';

export const MIN_JAVA_VERSION = 17;

const HOW_TO_INSTALL = [
  `DynamoDB Local (the embedded database of the local stack) needs Java ${MIN_JAVA_VERSION} or newer.`,
  'Install a Java runtime, for example:',
  '  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless',
  '  Fedora/RHEL:   sudo dnf install java-17-openjdk-headless',
  '  macOS:         brew install --cask temurin   (Eclipse Temurin, https://adoptium.net)',
  '  Windows:       winget install EclipseAdoptium.Temurin.17.JRE',
  'then check that `java -version` prints 17 or higher (or put that java first on your PATH).',
].join('\n');

export class JavaRequirementError extends Error {
  constructor(found: string) {
    super(`${found}\n${HOW_TO_INSTALL}`);
    this.name = 'JavaRequirementError';
  }
}

/** The major version in `java -version` output: `"17.0.15"` → 17, `"1.8.0_292"` → 8. */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output) ?? /\b(?:openjdk|java) (\d+)(?:\.(\d+))?/i.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Resolves with the Java major version, or rejects with a JavaRequirementError. */
export function checkJava(command = 'java'): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-version'], { timeout: 15_000 }, (error, stdout, stderr) => {
      const text = `${stderr}\n${stdout}`;
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new JavaRequirementError(`Java was not found (no \`${command}\` on the PATH).`));
        return;
      }
      const major = parseJavaMajor(text);
      if (major === undefined) {
        const why = error ? error.message : text.trim().split('\n')[0];
        reject(new JavaRequirementError(`Could not read the Java version from \`${command} -version\` (${why}).`));
        return;
      }
      if (major < MIN_JAVA_VERSION) {
        reject(new JavaRequirementError(`Java ${major} was found, but Java ${MIN_JAVA_VERSION} or newer is required.`));
        return;
      }
      resolve(major);
    });
  });
}
