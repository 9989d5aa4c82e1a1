/** markets messages: the sentences of the markets model (see ../en.ts). */
import { amountOf, formatRatio } from '../../markets/format';
import { possessive } from './possessive';
import { assetName } from '../../ledger/display';
import { WAD } from '../../restaking/wad';

/** "health factor 1.2345", or "no debt" (a loan with no debt is infinitely healthy). */
const health = (hf: bigint | null): string =>
  hf === null ? 'no debt' : `health factor ${formatRatio({ num: hf, den: WAD }, 4)}`;

export const markets = {
  'markets.refused.notYourPosition': (p: { id: string; borrower: string; positionAsset: string }) =>
    `position "${p.id}" belongs to ${p.borrower} and holds ${assetName(p.positionAsset)}; name your own position`,
  'markets.refused.supplyOverdraft': (p: { who: string; have: bigint; asset: string }) =>
    `${p.who} holds only ${amountOf(p.have, p.asset)}; supply at most that`,
  'markets.supply': (p: { who: string; amount: bigint; asset: string; market: string; healthFactor: bigint | null }) =>
    `${p.who} deposits ${amountOf(p.amount, p.asset)} as collateral in ${p.market} (${health(p.healthFactor)}).`,
  'markets.refused.noPosition': (p: { who: string; asset: string; market: string }) =>
    `${p.who} has no ${assetName(p.asset)} position in ${p.market}; supply collateral first`,
  'markets.refused.borrowOverLimit': (p: { who: string; room: bigint }) =>
    `${p.who} can borrow at most ${amountOf(p.room, 'ETH')} more against this collateral (its loan-to-value limit); borrow less or supply more`,
  'markets.refused.reserveShort': (p: { market: string; reserve: bigint }) =>
    `${p.market} has only ${amountOf(p.reserve, 'ETH')} left to lend`,
  'markets.borrow': (p: { who: string; amount: bigint; market: string; healthFactor: bigint | null }) =>
    `${p.who} borrows ${amountOf(p.amount, 'ETH')} from ${p.market} (${health(p.healthFactor)}).`,
  'markets.refused.noDebt': (p: { who: string }) => `${p.who} owes nothing on this position`,
  'markets.refused.repayOverdraft': (p: { who: string; have: bigint }) =>
    `${p.who} has only ${amountOf(p.have, 'ETH')}; repay at most that`,
  'markets.repay': (p: { who: string; amount: bigint; market: string; healthFactor: bigint | null }) =>
    `${p.who} repays ${amountOf(p.amount, 'ETH')} to ${p.market} (${health(p.healthFactor)}).`,
  'markets.refused.withdrawOverdraft': (p: { who: string; collateral: bigint; asset: string }) =>
    `${p.who} has only ${amountOf(p.collateral, p.asset)} of collateral here`,
  'markets.refused.withdrawOverLimit': (p: { amount: bigint; asset: string; who: string }) =>
    `withdrawing ${amountOf(p.amount, p.asset)} would leave ${possessive(p.who)} debt above the loan-to-value limit; repay first or withdraw less`,
  'markets.withdraw': (p: {
    who: string;
    amount: bigint;
    asset: string;
    market: string;
    healthFactor: bigint | null;
  }) =>
    `${p.who} takes ${amountOf(p.amount, p.asset)} of collateral back from ${p.market} (${health(p.healthFactor)}).`,
  'markets.refused.noMarket': (p: { id: string }) => `there is no lending market "${p.id}"`,
  'markets.refused.collateralNotAccepted': (p: { market: string; asset: string }) =>
    `lending market "${p.market}" does not accept ${assetName(p.asset)} as collateral`,
  'markets.liquidation': (p: {
    borrower: string;
    market: string;
    healthFactor: bigint;
    price: { num: bigint; den: bigint };
    positionAsset: string;
    liquidator: string;
    repay: bigint;
    seize: bigint;
    badDebt: bigint | null;
  }) =>
    `${possessive(p.borrower)} loan in ${p.market} has a health factor of ${formatRatio({ num: p.healthFactor, den: WAD }, 4)} (below 1) at ${formatRatio(p.price)} ETH per ${assetName(p.positionAsset)}, so ${p.liquidator} repays ${amountOf(p.repay, 'ETH')} of it and takes ${amountOf(p.seize, p.positionAsset)} of collateral, bonus included.${p.badDebt === null ? '' : ` Nothing is left to seize, so the remaining ${amountOf(p.badDebt, 'ETH')} of debt becomes the market's bad debt.`}`,
  'markets.oracle': (p: { positionAsset: string; price: { num: bigint; den: bigint }; dueCount: number }) =>
    `The lending market's oracle now prices ${assetName(p.positionAsset)} at ${formatRatio(p.price)} ETH, which leaves ${p.dueCount} loan${p.dueCount === 1 ? '' : 's'} with a health factor below 1.`,
  'markets.refused.noPool': (p: { id: string }) => `there is no pool "${p.id}"`,
  'markets.refused.wrongAsset': (p: { pool: string; poolAsset: string; sell: string }) =>
    `pool "${p.pool}" trades ${assetName(p.poolAsset)} against ETH, not ${p.sell}`,
  'markets.refused.noLiquidity': (p: { pool: string }) => `pool "${p.pool}" has no liquidity`,
  'markets.refused.tradeTooLarge': (p: { pool: string }) =>
    `pool "${p.pool}" cannot price a trade that large against its balances; trade less`,
  'markets.refused.swapZero': () => 'a swap needs an amount greater than zero',
  'markets.refused.sellOverdraft': (p: { who: string; have: bigint; sell: string; amount: bigint }) =>
    `${p.who} has only ${amountOf(p.have, p.sell)}, not ${amountOf(p.amount, p.sell)}: sell less`,
  'markets.swap': (p: {
    who: string;
    amount: bigint;
    sell: string;
    pool: string;
    out: bigint;
    bought: string;
    poolAsset: string;
    priceBefore: { num: bigint; den: bigint };
    priceAfter: { num: bigint; den: bigint };
  }) =>
    `${p.who} sells ${amountOf(p.amount, p.sell)} into the ${p.pool} pool for ${amountOf(p.out, p.bought)}; the pool's price of ${assetName(p.poolAsset)} moves from ${formatRatio(p.priceBefore)} to ${formatRatio(p.priceAfter)} ETH.`,
  'markets.genesis.pool': (p: {
    provider: string;
    curve: string;
    id: string;
    token: bigint;
    asset: string;
    eth: bigint;
    poolPrice: { num: bigint; den: bigint };
  }) =>
    `${p.provider} funds the ${p.id} pool (${p.curve === 'stableswap' ? 'StableSwap' : 'constant-product'}) with ${amountOf(p.token, p.asset)} and ${amountOf(p.eth, 'ETH')}; it prices ${assetName(p.asset)} at ${formatRatio(p.poolPrice)} ETH.`,
  'markets.genesis.lending': (p: { supplier: string; reserve: bigint; id: string; assets: readonly string[] }) =>
    `${p.supplier} supplies ${amountOf(p.reserve, 'ETH')} to the lending market ${p.id}, which lends it against ${p.assets.map(assetName).join(', ')}.`,
  'markets.genesis.supply': (p: { borrower: string; amount: bigint; asset: string; market: string }) =>
    `${p.borrower} deposits ${amountOf(p.amount, p.asset)} as collateral in ${p.market}.`,
  'markets.genesis.borrow': (p: { borrower: string; amount: bigint; market: string; debt: bigint }) =>
    `${p.borrower} borrows ${amountOf(p.amount, 'ETH')} from ${p.market}; the debt is now ${amountOf(p.debt, 'ETH')}.`,
  'markets.loop': (p: {
    times: number;
    borrower: string;
    collateral: bigint;
    asset: string;
    debt: bigint;
    healthFactor: null | bigint;
  }) =>
    `After ${p.times} loops ${p.borrower} holds ${amountOf(p.collateral, p.asset)} of collateral against ${amountOf(p.debt, 'ETH')} of debt: a health factor of ${p.healthFactor === null ? '∞' : formatRatio({ num: p.healthFactor, den: WAD }, 4)}.`,
};
