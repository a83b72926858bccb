/**
 * Accounts and API tokens in the {@code access} schema: checking credentials for the server's
 * authentication, issuing and revoking tokens, and the operators' administration of accounts, groups,
 * programme grants and proprietary periods. Passwords are kept as Argon2id hashes, tokens as SHA-256
 * digests.
 */
package org.voarchive.db.access;
