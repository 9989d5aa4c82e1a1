/** Plain-language names for the chain's trace sentences. */
/** Accounts and holders in words ("Alice" for `holder:alice`; shared with every model). */
export { accountName, holderName } from '../../accountNames';
