// The reference of issue #14's guard row: "can this event fire?" answered by a Boost.MSM
// state machine (Debian's libboost-dev) with the region's transition table, against which
// BM_CheckEvent (operations_bench.cpp) is measured in the same run.
//
// The table is amsterdam-zaanstreek's (profiles/amsterdam-zaanstreek.json), limited to the
// rows out of hulp_gestart, the state of the benchmark's plan: the whole workflow is 34
// transitions over 12 states, about 190 rows once each source state is its own row, past
// the 20 (50 with MPL's preprocessed headers) that MSM's mpl::vector takes. MSM dispatches
// an event by a table indexed by the current state, so the rows of other states do not
// change what one event costs. Each row's guard is what can be judged without the plan:
// the roles that may fire it, and the rule guards as one flag the caller has already
// judged. That is all an MSM guard could see here: what perspectief's check does on top
// (the event's effect on the plan, the rules judged on the result, validation, the limits)
// is what the ratio measures.
#include <benchmark/benchmark.h>

#include <boost/msm/back/state_machine.hpp>
#include <boost/msm/front/functor_row.hpp>
#include <boost/msm/front/state_machine_def.hpp>

#include "ratio_targets.hpp"

namespace {

namespace msm = boost::msm;
namespace mpl = boost::mpl;
using msm::front::none;
using msm::front::Row;

// The roles of the profile's role model, one bit each.
enum RoleBit : unsigned {
  jeugdige = 1u << 0,
  ouder = 1u << 1,
  gezinslid = 1u << 2,
  lokaal_team = 1u << 3,
  verwijzer = 1u << 4,
  gi = 1u << 5,
  perspectiefregisseur = 1u << 6,
  hoofdaannemer = 1u << 7,
  veilig_thuis = 1u << 8,
};

// An event: who fires it and whether its rule guards (R-...) hold.
struct Fired {
  unsigned role = 0;
  bool rules_hold = true;
};
template <int Id>
struct Event : Fired {};

using aanbieder_kiezen = Event<0>;
using aanbieder_antwoorden = Event<1>;
using arrangement_vaststellen = Event<2>;
using versie_vaststellen = Event<3>;
using akkoord_geven = Event<4>;
using hulp_starten = Event<5>;
using crisis_starten = Event<6>;
using afronding_starten = Event<7>;
using jeugdhulp_afsluiten = Event<8>;
using plan_wijzigen = Event<9>;
using ondersteuningsprofiel_vaststellen = Event<10>;
using toewijzing_vastleggen = Event<11>;
using evalueren = Event<12>;
using regie_toewijzen = Event<13>;
using betrokkene_toewijzen = Event<14>;
using betrokkenheid_beeindigen = Event<15>;
using overdracht_18 = Event<16>;
using kader_wijzigen = Event<17>;

// The guard of a row: one of its roles fires it, and its rules hold.
template <unsigned Roles>
struct May {
  template <class E, class Machine, class Source, class Target>
  bool operator()(const E& event, Machine&, Source&, Target&) const {
    return (event.role & Roles) != 0 && event.rules_hold;
  }
};

struct hulp_gestart : msm::front::state<> {};
struct in_overleg_aanbieder : msm::front::state<> {};
struct crisis_hulp : msm::front::state<> {};
struct evaluatie : msm::front::state<> {};

constexpr unsigned kFamilyAndTeam = jeugdige | ouder | lokaal_team | gi;
constexpr unsigned kTeam = lokaal_team | gi | perspectiefregisseur;
constexpr unsigned kTeamAndProvider = kTeam | hoofdaannemer;

struct Workflow_ : msm::front::state_machine_def<Workflow_> {
  using initial_state = hulp_gestart;
  // Source, event, target (none: the state stays), action, guard. Where the profile lists two
  // transitions for one event, the later row is tried first (MSM's order), as the profile's
  // "when" picks plan_wijzigen's way back to the provider when R-REOPEN holds.
  struct transition_table
      : mpl::vector<
            Row<hulp_gestart, aanbieder_kiezen, none, none, May<kFamilyAndTeam>>,
            Row<hulp_gestart, aanbieder_antwoorden, none, none, May<hoofdaannemer>>,
            Row<hulp_gestart, arrangement_vaststellen, none, none, May<lokaal_team | hoofdaannemer>>,
            Row<hulp_gestart, versie_vaststellen, none, none, May<lokaal_team | verwijzer | gi | perspectiefregisseur>>,
            Row<hulp_gestart, akkoord_geven, none, none, May<kFamilyAndTeam>>,
            Row<hulp_gestart, hulp_starten, none, none, May<kTeamAndProvider>>,
            Row<hulp_gestart, crisis_starten, crisis_hulp, none, May<lokaal_team | verwijzer | gi | veilig_thuis>>,
            Row<hulp_gestart, afronding_starten, evaluatie, none, May<kTeamAndProvider>>,
            Row<hulp_gestart, jeugdhulp_afsluiten, none, none, May<kTeam>>,
            Row<hulp_gestart, plan_wijzigen, none, none, May<jeugdige | ouder | gezinslid | verwijzer | kTeamAndProvider>>,
            Row<hulp_gestart, plan_wijzigen, in_overleg_aanbieder, none,
                May<jeugdige | ouder | gezinslid | verwijzer | kTeamAndProvider>>,
            Row<hulp_gestart, ondersteuningsprofiel_vaststellen, none, none, May<kTeam>>,
            Row<hulp_gestart, toewijzing_vastleggen, none, none, May<lokaal_team | perspectiefregisseur>>,
            Row<hulp_gestart, evalueren, none, none, May<kTeamAndProvider>>,
            Row<hulp_gestart, regie_toewijzen, none, none, May<kTeam>>,
            Row<hulp_gestart, betrokkene_toewijzen, none, none, May<kTeam>>,
            Row<hulp_gestart, betrokkenheid_beeindigen, none, none, May<kTeam>>,
            Row<hulp_gestart, overdracht_18, none, none, May<kTeam>>,
            Row<hulp_gestart, kader_wijzigen, none, none, May<lokaal_team | gi>>> {};

  // An event no row accepts is refused, not an error.
  template <class Machine, class E>
  void no_transition(const E&, Machine&, int) {}
};
using Workflow = msm::back::state_machine<Workflow_>;

// The same question as BM_CheckEvent: may the lokale-team worker fix the version now? The
// row's transition is internal, so the machine stays in hulp_gestart and every iteration
// asks the same question.
void BM_Reference_MsmProcessEvent(benchmark::State& state) {
  Workflow machine;
  machine.start();
  versie_vaststellen event;
  event.role = lokaal_team;
  for (auto _ : state) {
    benchmark::DoNotOptimize(event);
    benchmark::DoNotOptimize(machine.process_event(event));
  }
  if (machine.current_state()[0] != 0) state.SkipWithError("the machine left hulp_gestart");
}
BENCHMARK(BM_Reference_MsmProcessEvent);

const perspectief::bench::RegisterRatio kGuardRow{
    {"BM_CheckEvent", "BM_Reference_MsmProcessEvent", 3.0,
     "whether an event can fire is judged at the cost of a state machine's dispatch"}};

}  // namespace
