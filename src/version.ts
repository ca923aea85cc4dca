/** The modelgate version, reported in JSON reports and SARIF. */
export const VERSION = '0.1.0';
