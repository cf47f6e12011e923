import { ErrorCode } from './graphql/error-code';
import { userError, UserErrorsException, type UserError } from './graphql/user-error';

export interface ContactInput {
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

export type ContactFields = { contactName?: string | null; contactEmail?: string | null; contactPhone?: string | null };

/** Collects every validation failure of an input, so the client sees them all at once. */
export class InputValidator {
  readonly errors: UserError[] = [];

  constructor(private readonly root: string[] = ['input']) {}

  fail(field: string, message: string, code: ErrorCode = ErrorCode.VALIDATION_FAILED): void {
    this.errors.push(userError(code, message, [...this.root, field]));
  }

  /** A required text: trimmed, non-empty, at most `max` characters. Returns the trimmed value. */
  text(field: string, value: string | undefined | null, max = 200): string {
    const trimmed = (value ?? '').trim();
    if (trimmed === '') this.fail(field, `${field} must not be empty`);
    else if (trimmed.length > max) this.fail(field, `${field} must be at most ${max} characters`);
    return trimmed;
  }

  /** An optional text: null when empty. */
  optionalText(field: string, value: string | undefined | null, max = 2000): string | null {
    if (value === undefined || value === null) return null;
    const trimmed = value.trim();
    if (trimmed.length > max) this.fail(field, `${field} must be at most ${max} characters`);
    return trimmed === '' ? null : trimmed;
  }

  code(field: string, value: string | undefined | null): string {
    const code = this.text(field, value, 64);
    if (code && !/^[A-Za-z0-9][A-Za-z0-9._\-/]*$/.test(code)) {
      this.fail(field, `${field} may contain only letters, digits, '.', '_', '-' and '/'`);
    }
    return code;
  }

  email(field: string, value: string | undefined | null): string | null {
    const email = this.optionalText(field, value, 254);
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) this.fail(field, `${field} is not an e-mail address`);
    return email;
  }

  country(field: string, value: string | undefined | null): string | null {
    const country = this.optionalText(field, value, 64);
    if (country && !/^[A-Z]{2}$/.test(country)) this.fail(field, `${field} must be an ISO 3166-1 alpha-2 code such as CN, US, DE`);
    return country;
  }

  /** Contact person fields shared by suppliers and customers; only the given ones are returned. */
  contact(input: ContactInput): ContactFields {
    const out: ContactFields = {};
    if (input.contactName !== undefined) out.contactName = this.optionalText('contactName', input.contactName, 200);
    if (input.contactEmail !== undefined) out.contactEmail = this.email('contactEmail', input.contactEmail);
    if (input.contactPhone !== undefined) out.contactPhone = this.optionalText('contactPhone', input.contactPhone, 40);
    return out;
  }

  customFields(field: string, value: unknown): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'object' || Array.isArray(value)) {
      this.fail(field, `${field} must be a JSON object`);
      return undefined;
    }
    if (JSON.stringify(value).length > 16_384) this.fail(field, `${field} must be at most 16 KiB of JSON`);
    return value as Record<string, unknown>;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new UserErrorsException(this.errors);
  }
}
