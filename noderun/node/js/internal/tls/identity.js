'use strict';
// tls.checkServerIdentity (RFC 6125 as node applies it: the DNS names of subjectAltName, else the
// subject's CN; one wildcard, only in the leftmost label, never in a two-label pattern; an IP
// address only against the IP addresses of subjectAltName) and node's names of OpenSSL's
// certificate verification errors.

const { codes: { ERR_TLS_CERT_ALTNAME_INVALID } } = require('internal/errors');

// X509_V_ERR_* numbers -> node's codes
const kVerifyCodes = {
  1: 'UNSPECIFIED', 2: 'UNABLE_TO_GET_ISSUER_CERT', 3: 'UNABLE_TO_GET_CRL', 4: 'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  5: 'UNABLE_TO_DECRYPT_CRL_SIGNATURE', 6: 'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY', 7: 'CERT_SIGNATURE_FAILURE',
  8: 'CRL_SIGNATURE_FAILURE', 9: 'CERT_NOT_YET_VALID', 10: 'CERT_HAS_EXPIRED', 11: 'CRL_NOT_YET_VALID',
  12: 'CRL_HAS_EXPIRED', 13: 'ERROR_IN_CERT_NOT_BEFORE_FIELD', 14: 'ERROR_IN_CERT_NOT_AFTER_FIELD',
  15: 'ERROR_IN_CRL_LAST_UPDATE_FIELD', 16: 'ERROR_IN_CRL_NEXT_UPDATE_FIELD', 17: 'OUT_OF_MEM',
  18: 'DEPTH_ZERO_SELF_SIGNED_CERT', 19: 'SELF_SIGNED_CERT_IN_CHAIN', 20: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  21: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 22: 'CERT_CHAIN_TOO_LONG', 23: 'CERT_REVOKED', 24: 'INVALID_CA',
  25: 'PATH_LENGTH_EXCEEDED', 26: 'INVALID_PURPOSE', 27: 'CERT_UNTRUSTED', 28: 'CERT_REJECTED',
  29: 'SUBJECT_ISSUER_MISMATCH', 30: 'AKID_SKID_MISMATCH', 31: 'AKID_ISSUER_SERIAL_MISMATCH',
  32: 'KEYUSAGE_NO_CERTSIGN', 33: 'UNABLE_TO_GET_CRL_ISSUER', 34: 'UNHANDLED_CRITICAL_EXTENSION',
  35: 'KEYUSAGE_NO_CRL_SIGN', 36: 'UNHANDLED_CRITICAL_CRL_EXTENSION', 37: 'INVALID_NON_CA',
  38: 'PROXY_PATH_LENGTH_EXCEEDED', 39: 'KEYUSAGE_NO_DIGITAL_SIGNATURE', 40: 'PROXY_CERTIFICATES_NOT_ALLOWED',
  41: 'INVALID_EXTENSION', 42: 'INVALID_POLICY_EXTENSION', 43: 'NO_EXPLICIT_POLICY', 44: 'DIFFERENT_CRL_SCOPE',
  45: 'UNSUPPORTED_EXTENSION_FEATURE', 46: 'UNNESTED_RESOURCE', 47: 'PERMITTED_VIOLATION',
  48: 'EXCLUDED_VIOLATION', 49: 'SUBTREE_MINMAX', 50: 'APPLICATION_VERIFICATION',
  51: 'UNSUPPORTED_CONSTRAINT_TYPE', 52: 'UNSUPPORTED_CONSTRAINT_SYNTAX', 53: 'UNSUPPORTED_NAME_SYNTAX',
  54: 'CRL_PATH_VALIDATION_ERROR', 62: 'HOSTNAME_MISMATCH', 63: 'EMAIL_MISMATCH', 64: 'IP_ADDRESS_MISMATCH',
};

// an issuer that is not trusted: node 24 hints that the system's store may know it
const kUnknownIssuer = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
]);

// node's Error for a verification result [number, OpenSSL's text] of the host
function verifyError([number, message]) {
  const code = kVerifyCodes[number] ?? 'UNSPECIFIED';
  const hint = kUnknownIssuer.has(code) ? '; if the root CA is installed locally, try running Node.js with --use-system-ca' : '';
  const error = new Error(message + hint);
  error.code = code;
  return error;
}

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// Does the host (split in labels) match the certificate name `pattern`?
function matches(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((part) => /[^\u0021-\u007F]/u.test(part))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostFirst = hostParts[0];
  const patternFirst = patternParts[0];
  const pieces = patternFirst.split('*', 3);
  if (pieces.length === 1 || patternFirst.includes('xn--')) return hostFirst === patternFirst;
  if (!wildcards || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  if (prefix.length + suffix.length > hostFirst.length) return false;
  return hostFirst.startsWith(prefix) && hostFirst.endsWith(suffix);
}

// subjectaltname's entries: split at ', ' outside the quotes node 24 puts around odd names
function splitAltNames(altNames) {
  const names = [];
  let current = '';
  for (let i = 0; i < altNames.length; i++) {
    if (altNames[i] === ',' && altNames[i + 1] === ' ') {
      names.push(current);
      current = '';
      i++;
    } else if (altNames[i] === '"') {
      let j = i + 1;
      while (j < altNames.length && altNames[j] !== '"') j += altNames[j] === '\\' ? 2 : 1;
      current += JSON.parse(altNames.slice(i, j + 1));
      i = j;
    } else {
      current += altNames[i];
    }
  }
  names.push(current);
  return names;
}

// an IP address as inet_ntop writes it (node's canonicalizeIP); undefined for what is not one
function canonicalIP(address) {
  const net = require('net');
  if (net.isIPv4(address)) return address;
  try {
    return new net.SocketAddress({ address, family: 'ipv6' }).address;
  } catch {
    return undefined;
  }
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  const net = require('net');
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matches(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const error = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
  error.reason = reason;
  error.host = hostname;
  error.cert = cert;
  return error;
}

module.exports = { checkServerIdentity, verifyError, canonicalIP };
