// Bounds on what clients put into metric labels and log lines: an operation name is client text of any
// length (a 100,000-character name is one token), and every distinct label value is a series kept until restart.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ERROR_CODES } from '../base/errors.js';

/** The longest operation name kept as a metric label or logged whole. */
export const MAX_NAME_LENGTH = 64;
/** The longest other client-derived text (an error message) a log line holds. */
export const MAX_LOGGED_TEXT_LENGTH = 500;

const LABEL_NAME = new RegExp(`^[_A-Za-z][_0-9A-Za-z]{0,${MAX_NAME_LENGTH - 1}}$`);
const KNOWN_CODES = new Set<string>([...Object.keys(ERROR_CODES), ...Object.values(ApolloServerErrorCode)]);

/** An operation name fit to be a label: a GraphQL name of at most MAX_NAME_LENGTH characters, else "other". */
export const nameLabel = (name: string): string => (LABEL_NAME.test(name) ? name : 'other');

/** An error code fit to be a label: one this server or Apollo documents, else "other". */
export const codeLabel = (code: string): string => (KNOWN_CODES.has(code) ? code : 'other');

/** `text` cut to `max` characters, marked with how much was left out. */
export function clipped(text: string, max = MAX_NAME_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max)}…[${text.length - max} more characters]`;
}
