# Writes the hand-made example scenarios of issue 3 (markets/faults part) to public/scenarios/.
import json, copy
out = 'public/scenarios/'
def w(name, sc):
    json.dump(sc, open(out + name, 'w'), indent=2); open(out + name, 'a').write('\n')

avs = lambda i, name, kind, pfc: {"id": i, "name": name, "kind": kind, "attackThreshold": "1/2", "profitFromCorruption": pfc,
  "slashing": [{"fault": "avs-misbehaviour", "wad": "0.5"}, {"fault": "double-sign", "wad": "1"}, {"fault": "key-compromise", "wad": "1"}]}
three = {
  "format": "restaking-lab/scenario", "version": 1,
  "name": "Three AVSs on shared operators (unique stake)",
  "description": "Three operators each allocate 30% of their delegated stake to each of three AVSs (EigenDA-like data availability, an oracle, a bridge). Then the oracle slashes operator Op1 for misbehaviour. Under unique stake (ELIP-002) only the oracle's allocation is hit; the other AVSs keep their absolute stake. Compare with the pooled file. Amounts are illustrative.",
  "seed": "three-avs", "securityModel": "unique",
  "holders": [{"id": h, "balances": {"LST": b}} for h, b in [("alice", "300"), ("bob", "200"), ("carol", "100")]],
  "restaking": {
    "strategies": [{"id": "lst", "asset": "LST"}],
    "operators": [{"id": "op1", "name": "Op1"}, {"id": "op2", "name": "Op2"}, {"id": "op3", "name": "Op3"}],
    "avss": [avs("da", "DA layer", "data-availability", "150"), avs("oracle", "Price oracle", "oracle", "60"), avs("bridge", "Bridge", "bridge", "120")],
    "deposits": [{"holder": "alice", "strategy": "lst", "amount": "300"}, {"holder": "bob", "strategy": "lst", "amount": "200"}, {"holder": "carol", "strategy": "lst", "amount": "100"}],
    "delegations": [{"staker": "alice", "operator": "op1"}, {"staker": "bob", "operator": "op2"}, {"staker": "carol", "operator": "op3"}],
    "registrations": [{"operator": o, "avs": a} for o in ["op1", "op2", "op3"] for a in ["da", "oracle", "bridge"]],
    "allocations": [{"operator": o, "avs": a, "strategy": "lst", "magnitude": "0.3"} for o in ["op1", "op2", "op3"] for a in ["da", "oracle", "bridge"]],
  },
  "events": [{"type": "Fault", "fault": "avs-misbehaviour", "avs": "oracle", "operator": "op1"}],
}
w('three-avs-unique.json', three)
pooled = copy.deepcopy(three)
pooled["name"] = "Three AVSs on shared operators (pooled)"
pooled["securityModel"] = "pooled"
pooled["seed"] = "three-avs-pooled"
pooled["description"] = "The same network as the unique-stake file, under the original whitepaper model: every AVS an operator serves can slash its whole delegation, so when the oracle slashes Op1 every other AVS on Op1 sees less stake too. Amounts are illustrative."
w('three-avs-pooled.json', pooled)

# The whitepaper counterexample (EigenLayer whitepaper §3.4.1; mechanics.md §4.2): $8M restaked, 10 AVSs with $2M each.
wp = {
  "format": "restaking-lab/scenario", "version": 1,
  "name": "Whitepaper counterexample: $8M restaked, 10 AVSs worth $2M each",
  "description": "EigenLayer whitepaper §3.4.1: the same restakers secure 10 AVSs, each with $2M to gain from corruption and a 50% quorum, with $8M restaked in all. At an illustrative price of $3,200 per ETH, $8M = 2,500 ETH and $2M = 625 ETH. Corrupting all ten pays 6,250 ETH against 2,500 ETH at stake: cryptoeconomically insecure (pooled model). Try a key compromise of one operator.",
  "attribution": "Numbers from the EigenLayer whitepaper (§3.4.1), converted to ETH at an illustrative $3,200/ETH.",
  "seed": "whitepaper", "securityModel": "pooled",
  "holders": [{"id": f"r{i}", "name": f"Restaker {i}", "balances": {"LST": "625"}} for i in range(1, 5)],
  "restaking": {
    "strategies": [{"id": "lst", "asset": "LST"}],
    "operators": [{"id": f"op{i}", "name": f"Operator {i}"} for i in range(1, 5)],
    "avss": [{"id": f"avs{j}", "name": f"AVS {j}", "attackThreshold": "1/2", "profitFromCorruption": "625",
              "slashing": [{"fault": "avs-misbehaviour", "wad": "1"}, {"fault": "key-compromise", "wad": "1"}]} for j in range(1, 11)],
    "deposits": [{"holder": f"r{i}", "strategy": "lst", "amount": "625"} for i in range(1, 5)],
    "delegations": [{"staker": f"r{i}", "operator": f"op{i}"} for i in range(1, 5)],
    "registrations": [{"operator": f"op{i}", "avs": f"avs{j}"} for i in range(1, 5) for j in range(1, 11)],
    "allocations": [{"operator": f"op{i}", "avs": f"avs{j}", "strategy": "lst", "magnitude": "0.1"} for i in range(1, 5) for j in range(1, 11)],
  },
  "events": [],
}
w('whitepaper-counterexample.json', wp)

lrt = {
  "format": "restaking-lab/scenario", "version": 1,
  "name": "A liquid restaking token with one slashed operator",
  "description": "An LRT pools 900 LST and restakes it through three operators. One of them (Op2) misbehaves on the oracle AVS and is slashed 50% of its allocation there. The LRT's rate falls for every holder at once, its pool (which counts the LRT at its redemption rate) reprices, and a loan that used the LRT as collateral is liquidated. Amounts are illustrative.",
  "seed": "lrt", "securityModel": "unique",
  "holders": [
    {"id": "alice", "balances": {"LST": "400"}}, {"id": "bob", "balances": {"LST": "300"}}, {"id": "lp", "balances": {"LST": "200", "ETH": "200"}},
    {"id": "supplier", "balances": {"ETH": "1000"}}, {"id": "keeper", "name": "Liquidator", "balances": {"ETH": "200"}},
  ],
  "restaking": {
    "strategies": [{"id": "lst", "asset": "LST"}],
    "operators": [{"id": "op1", "name": "Op1"}, {"id": "op2", "name": "Op2"}, {"id": "op3", "name": "Op3"}],
    "avss": [avs("da", "DA layer", "data-availability", "150"), avs("oracle", "Price oracle", "oracle", "60")],
    "registrations": [{"operator": o, "avs": a} for o in ["op1", "op2", "op3"] for a in ["da", "oracle"]],
    "lrts": [{"id": "rst", "name": "Restaked token", "strategy": "lst", "operators": ["op1", "op2", "op3"],
              "deposits": [{"holder": "alice", "amount": "400"}, {"holder": "bob", "amount": "300"}, {"holder": "lp", "amount": "200"}]}],
    "allocations": [{"operator": o, "avs": a, "strategy": "lst", "magnitude": "0.4"} for o in ["op1", "op2", "op3"] for a in ["da", "oracle"]],
  },
  "markets": {
    "pools": [{"id": "rstpool", "asset": "LRT:rst", "provider": "lp", "token": "200", "eth": "200"}],
    "lending": [{"id": "lend", "supplier": "supplier", "reserve": "1000", "liquidator": "keeper",
      "collateral": [{"asset": "LRT:rst", "ltv": "0.9", "liquidationThreshold": "0.93", "liquidationBonus": "0.01", "oracle": "redemption", "pool": "rstpool"}],
      "positions": [{"borrower": "bob", "asset": "LRT:rst", "collateral": "300", "borrow": "270"}]}],
  },
  "events": [{"type": "Fault", "fault": "avs-misbehaviour", "avs": "oracle", "operator": "op2"}],
}
w('lrt-slashed-operator.json', lrt)

vals = [{"id": f"lv{i}", "operator": f"nodeop{1 + i % 4}", "balance": "32"} for i in range(1, 41)]
depeg = {
  "format": "restaking-lab/scenario", "version": 1,
  "name": "2022-style stETH discount and a liquidation spiral",
  "description": "Before withdrawals existed, the Curve stETH/ETH pool was the way out of stETH. In May-June 2022 forced sellers (3AC, Celsius) dumped stETH into it; the pool drifted to ~80/20 and the price to ~0.95 ETH (mechanics.md §7). Here two loopers hold leveraged stETH/ETH positions on a lending market whose oracle reads the pool, like the stETH/ETH loops on Aave. A large holder sells stETH into the pool: the discount makes the most leveraged loop liquidatable, the liquidator sells the seized stETH into the same pool, and the price falls further. Pool size, A and loan parameters are illustrative, scaled down.",
  "attribution": "Incident shape from mechanics.md §7 (Nansen, CoinDesk 13 Jul 2022, Kaiko); all amounts illustrative.",
  "seed": "steth-2022", "securityModel": "unique",
  "holders": [
    {"id": "lp", "name": "Curve LPs", "balances": {"ETH": "500"}},
    {"id": "celsius", "name": "Forced seller", "balances": {"ETH": "10"}},
    {"id": "looper1", "name": "Looper (aggressive)", "balances": {"ETH": "10"}},
    {"id": "looper2", "name": "Looper (careful)", "balances": {"ETH": "10"}},
    {"id": "aave", "name": "Lenders", "balances": {"ETH": "2000"}},
    {"id": "keeper", "name": "Liquidation bot", "balances": {"ETH": "300"}},
  ],
  "ethereum": {"backgroundStake": "34000000"},
  "liquid": {"lido": [{"id": "lido", "name": "Lido", "operators": ["nodeop1", "nodeop2", "nodeop3", "nodeop4"], "bufferedEth": "0", "validators": vals,
    "holders": [{"holder": "lp", "eth": "500"}, {"holder": "celsius", "eth": "760"}, {"holder": "looper1", "eth": "10"}, {"holder": "looper2", "eth": "10"}]}]},
  "markets": {
    "pools": [{"id": "curve", "asset": "stETH:lido", "amplification": 50, "fee": "0.0004", "provider": "lp", "token": "500", "eth": "500"}],
    "lending": [{"id": "aave", "supplier": "aave", "reserve": "2000", "liquidator": "keeper", "closeFactor": "0.5", "fullCloseBelow": "0.95",
      "collateral": [{"asset": "stETH:lido", "ltv": "0.72", "liquidationThreshold": "0.83", "liquidationBonus": "0.075", "oracle": "pool", "pool": "curve"}],
      "positions": [
        {"id": "loop1", "borrower": "looper1", "asset": "stETH:lido", "collateral": "10", "loop": {"times": 8, "ltv": "0.72"}},
        {"id": "loop2", "borrower": "looper2", "asset": "stETH:lido", "collateral": "10", "loop": {"times": 3, "ltv": "0.6"}}]}],
  },
  "events": [{"type": "Fault", "fault": "market-shock", "holder": "celsius", "pool": "curve", "amount": "450"}],
}
w('steth-2022-discount.json', depeg)
