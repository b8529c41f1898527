// How an akkoord was given, as evidence (issue #15): the built-in vocabulary. A region
// or host that needs other methods passes its own in StoreOptions::akkoord_methods.
// The levels are those of the Dutch login means (DigiD, eHerkenning: eIDAS levels).
#include "perspectief/store.hpp"

namespace perspectief::store {

const std::vector<AkkoordMethod>& default_akkoord_methods() {
  static const std::vector<AkkoordMethod> kMethods = {
      {"digid_midden", "DigiD niveau midden", "DigiD level midden"},
      {"digid_substantieel", "DigiD niveau substantieel", "DigiD level substantieel"},
      {"digid_hoog", "DigiD niveau hoog", "DigiD level hoog"},
      {"eherkenning_3", "eHerkenning niveau 3 (EH3)", "eHerkenning level 3 (EH3)"},
      {"eherkenning_4", "eHerkenning niveau 4 (EH4)", "eHerkenning level 4 (EH4)"},
      {"natte_handtekening_gescand", "natte handtekening, gescand", "wet signature, scanned"},
      {"mondeling_met_getuige", "mondeling, met een getuige", "verbal, with a witness"},
  };
  return kMethods;
}

}  // namespace perspectief::store
