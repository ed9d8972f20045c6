import { describe, expect, it } from 'vitest';
import { adminPasswordProblem, generateAdminPassword } from '../lib/first-admin';

describe('adminPasswordProblem', () => {
  it.each([
    ['Short1a', 'the password must be at least 8 characters long'],
    [`Aa1${'x'.repeat(70)}`, 'the password must be at most 72 bytes long'],
    [`Aa1${'é'.repeat(35)}`, 'the password must be at most 72 bytes long'],
    ['alllowercase1', 'the password must contain a lowercase letter, an uppercase letter and a digit'],
    ['NoDigitsHere', 'the password must contain a lowercase letter, an uppercase letter and a digit'],
  ])("applies Strapi's rules to %j", (password, problem) => {
    expect(adminPasswordProblem(password)).toBe(problem);
  });

  it('takes a password that follows them', () => {
    expect(adminPasswordProblem('Operator-password-1')).toBeUndefined();
  });
});

describe('generateAdminPassword', () => {
  it('makes 24-character passwords that follow the rules, a new one each time', () => {
    const passwords = Array.from({ length: 50 }, generateAdminPassword);
    expect(passwords.every((p) => p.length === 24 && adminPasswordProblem(p) === undefined)).toBe(true);
    expect(new Set(passwords).size).toBe(50);
  });
});
