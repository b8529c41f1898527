// The dossier store (docs/store.md) through the C ABI: a pp_store handle over
// perspectief::store::Store on a SQLite file or in memory.
#include <string>

#include "boundary.hpp"
#include "memory.hpp"
#include "perspectief/store.hpp"

using namespace perspectief;
using perspectief::capi::guarded;

namespace {

// Documents given to the store are read with the default limits when no engine is
// involved (the same as the engine's defaults).
const JsonLimits kLimits{};

store::Store::VerifyOptions verify_options(const char* options_json, const capi::Call& call, std::string* plan) {
  store::Store::VerifyOptions options;
  if (options_json == nullptr) return options;
  const Json document = call.json(options_json, "options_json", kLimits);
  if (!document.is_object()) throw call.invalid_argument("options_json", "is not a JSON object");
  for (const auto& [key, value] : document.items()) {
    if (key == "plan" && value.is_string() && plan != nullptr) {
      *plan = value.get<std::string>();
    } else if (key == "trusted_keys" && value.is_array()) {
      for (const Json& k : value) {
        if (!k.is_string()) throw call.invalid_argument("options_json", "trusted_keys holds a non-string");
        options.trusted_keys.push_back(k.get<std::string>());
      }
    } else if (key == "expected_heads" && value.is_object()) {
      options.expected_heads = value;
    } else {
      throw call.invalid_argument("options_json", "has an unknown or malformed member '" + key +
                                                      "' (plan, trusted_keys, expected_heads)");
    }
  }
  return options;
}

store::Chain chain_of(std::string_view name, const capi::Call& call) {
  if (name == "history") return store::Chain::history;
  if (name == "log") return store::Chain::log;
  throw call.invalid_argument("chain", "is neither \"history\" nor \"log\"");
}

// A problem with a document the caller passed names that parameter, as for every
// other JSON input; a missing plan or a destroyed one is about the store, not the input.
[[noreturn]] void rethrow_for(const Error& error, const char* parameter) {
  switch (error.code()) {
    case ErrorCode::json_syntax:
    case ErrorCode::invalid_utf8:
    case ErrorCode::limit_exceeded:
    case ErrorCode::schema:
    case ErrorCode::validation: throw capi::json_input_error(error, parameter);
    default: throw error;
  }
}

Json key_json(const store::SigningKey& key) { return {{"public_key", key.public_key}, {"secret_key", key.secret_key}}; }

}  // namespace

extern "C" {

pp_status pp_store_open(const char* path, uint32_t flags, pp_store** out_store) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_store, "out_store");
    const std::string file(call.text(path, "path"));
    if ((flags & ~PP_STORE_CREATE) != 0) throw call.invalid_argument("flags", "has unknown bits");
    const auto mode = (flags & PP_STORE_CREATE) ? store::OpenMode::create_if_missing : store::OpenMode::open_existing;
    *out_store = new pp_store(store::open_store(file, mode));
  });
}

void pp_store_close(pp_store* store) {
  if (store != nullptr && store->tag == capi::kStoreTag) delete store;
}

pp_status pp_store_create_plan(pp_store* store, const pp_engine* engine, const char* event_json, pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    store::Store& s = call.store(store, "store");
    const Engine& loaded = call.engine(engine, "engine");
    const Json event = call.json(event_json, "event_json", loaded.limits());
    *out_plan = new pp_plan(s.create(loaded, event));
  });
}

pp_status pp_store_apply(pp_store* store, const pp_engine* engine, const char* plan_id, const char* event_json,
                         pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    store::Store& s = call.store(store, "store");
    const Engine& loaded = call.engine(engine, "engine");
    const std::string_view id = call.text(plan_id, "plan_id");
    const Json event = call.json(event_json, "event_json", loaded.limits());
    *out_plan = new pp_plan(s.apply(loaded, id, event));
  });
}

pp_status pp_store_get(pp_store* store, const pp_engine* engine, const char* plan_id, pp_plan** out_plan) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan, "out_plan");
    store::Store& s = call.store(store, "store");
    const Engine& loaded = call.engine(engine, "engine");
    *out_plan = new pp_plan(s.plan(loaded, call.text(plan_id, "plan_id")));
  });
}

pp_status pp_store_plans(pp_store* store, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(call.store(store, "store").plan_ids()));
  });
}

pp_status pp_store_consents(pp_store* store, const char* plan_id, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    *out_json = capi::to_c_string(canonical_json(s.consents(call.text(plan_id, "plan_id"))));
  });
}

pp_status pp_store_fixed_version(pp_store* store, const char* plan_id, int64_t version, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    *out_json = capi::to_c_string(s.fixed_version(call.text(plan_id, "plan_id"), version));
  });
}

pp_status pp_store_record_akkoord(pp_store* store, const char* plan_id, const char* evidence_json, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    const std::string_view id = call.text(plan_id, "plan_id");
    const Json evidence = call.json(evidence_json, "evidence_json", kLimits);
    try {
      *out_json = capi::to_c_string(canonical_json(s.record_akkoord(id, evidence)));
    } catch (const Error& error) {
      rethrow_for(error, "evidence_json");
    }
  });
}

pp_status pp_store_sign_version(pp_store* store, const char* plan_id, int64_t version, const char* secret_key_hex,
                                const char* signer, const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    const std::string_view id = call.text(plan_id, "plan_id");
    const std::string_view key = call.text(secret_key_hex, "secret_key_hex");
    const std::string_view who = call.text(signer, "signer");
    const std::string_view moment = call.text(at, "at");
    *out_json = capi::to_c_string(canonical_json(s.sign_version(id, version, key, who, moment)));
  });
}

pp_status pp_store_view(pp_store* store, const pp_engine* engine, const char* plan_id, const char* request_json,
                        char** out_view_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_view_json, "out_view_json");
    store::Store& s = call.store(store, "store");
    const Engine& loaded = call.engine(engine, "engine");
    const std::string_view id = call.text(plan_id, "plan_id");
    const Json request = call.json(request_json, "request_json", loaded.limits());
    *out_view_json = capi::to_c_string(canonical_json(s.view(loaded, id, request)));
  });
}

pp_status pp_store_log(pp_store* store, const char* plan_id, const char* record_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    store::Store& s = call.store(store, "store");
    const std::string_view id = call.text(plan_id, "plan_id");
    const Json record = call.json(record_json, "record_json", kLimits);
    try {
      s.log(id, record);
    } catch (const Error& error) {
      rethrow_for(error, "record_json");
    }
  });
}

pp_status pp_store_rows(pp_store* store, const char* plan_id, const char* chain, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    const std::string_view id = call.text(plan_id, "plan_id");
    const store::Chain which = chain_of(call.text(chain, "chain"), call);
    *out_json = capi::to_c_string(canonical_json(s.rows(which, id)));
  });
}

pp_status pp_store_deadlines_due(pp_store* store, const pp_engine* engine, const char* at, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    const Engine& loaded = call.engine(engine, "engine");
    *out_json = capi::to_c_string(canonical_json(s.deadlines_due(loaded, call.text(at, "at"))));
  });
}

pp_status pp_store_retention(pp_store* store, const char* at, int32_t due_only, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    store::Store& s = call.store(store, "store");
    *out_json = capi::to_c_string(canonical_json(s.retention(call.text(at, "at"), due_only != 0)));
  });
}

pp_status pp_store_destroy(pp_store* store, const char* plan_id, const char* request_json, char** out_record_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_record_json, "out_record_json");
    store::Store& s = call.store(store, "store");
    const std::string_view id = call.text(plan_id, "plan_id");
    const Json request = call.json(request_json, "request_json", kLimits);
    try {
      *out_record_json = capi::to_c_string(canonical_json(s.destroy(id, request)));
    } catch (const Error& error) {
      rethrow_for(error, "request_json");
    }
  });
}

pp_status pp_store_verify(pp_store* store, const char* options_json, char** out_report_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_report_json, "out_report_json");
    store::Store& s = call.store(store, "store");
    std::string plan;
    const auto options = verify_options(options_json, call, &plan);
    const Json report = plan.empty() ? s.verify(options) : s.verify_plan(plan, options);
    *out_report_json = capi::to_c_string(canonical_json(report));
  });
}

pp_status pp_store_export(pp_store* store, const char* plan_id, char** out_package_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_package_json, "out_package_json");
    store::Store& s = call.store(store, "store");
    *out_package_json = capi::to_c_string(s.export_plan(call.text(plan_id, "plan_id")));
  });
}

pp_status pp_store_import(pp_store* store, const char* package_json, char** out_plan_id) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_plan_id, "out_plan_id");
    store::Store& s = call.store(store, "store");
    const std::string_view package = call.text(package_json, "package_json");
    try {
      *out_plan_id = capi::to_c_string(s.import_plan(package, kLimits));
    } catch (const Error& error) {
      rethrow_for(error, "package_json");
    }
  });
}

pp_status pp_store_verify_package(const char* package_json, const char* options_json, char** out_report_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_report_json, "out_report_json");
    const std::string_view package = call.text(package_json, "package_json");
    const auto options = verify_options(options_json, call, nullptr);
    try {
      *out_report_json = capi::to_c_string(canonical_json(store::verify_package(package, options, kLimits)));
    } catch (const Error& error) {
      rethrow_for(error, "package_json");
    }
  });
}

pp_status pp_signing_key_generate(char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(key_json(store::generate_signing_key())));
  });
}

pp_status pp_signing_key_from_seed(const char* seed_hex, char** out_json) {
  return guarded(__func__, [&](const capi::Call& call) {
    call.out(out_json, "out_json");
    *out_json = capi::to_c_string(canonical_json(key_json(store::signing_key_from_seed(call.text(seed_hex, "seed_hex")))));
  });
}

}  // extern "C"
