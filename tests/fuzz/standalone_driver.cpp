// Runs a fuzz target without libFuzzer (g++ builds, the test command): every file
// of the seed corpus, then a fixed number of mutations of them from a fixed seed,
// so that a run is repeatable. Usage: <target> <corpus-dir> [mutations] [seed].
// A finding aborts (fuzz_support.hpp); the input that did it is written to
// fuzz-finding.bin in the working directory first, as libFuzzer does.
#include <algorithm>
#include <csignal>
#include <exception>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::string current;  // the input being run, kept for the abort handler

void run(const std::string& input) {
  current = input;
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.data()), input.size());
}

// JSON-aware mutations: most fuzz findings in JSON consumers come from changing a
// value's type, repeating or dropping structure, or odd strings and numbers.
const std::vector<std::string> kTokens = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e400", "18446744073709551616",
    "\"\\u0000\"", "\"\xC2\xA0\"", "\"system\"", "{\"op\":\"copy\",\"from\":\"\",\"path\":\"/local_fields/x\"}",
    "[[[[[[[[[[", "]]]]]]]]]]", "\"role\"", "\"person\"", "\"payload\"", "\"merge_patch\"", "\"json_patch\"",
    "\"parts\"", "\"gemeente\"", "\"lokaal_team\"", "\"hoofdaannemer\"", "\"forward\"", "\"amend\""};

std::string mutate(const std::string& seed, const std::vector<std::string>& corpus, std::mt19937_64& random) {
  std::string out = seed;
  const int edits = 1 + static_cast<int>(random() % 4);
  for (int e = 0; e < edits; ++e) {
    const std::size_t at = out.empty() ? 0 : random() % (out.size() + 1);
    switch (random() % 6) {
      case 0:  // flip a byte
        if (!out.empty()) out[std::min(at, out.size() - 1)] = static_cast<char>(random());
        break;
      case 1:  // insert a token
        out.insert(at, kTokens[random() % kTokens.size()]);
        break;
      case 2:  // delete a span
        if (!out.empty()) out.erase(std::min(at, out.size() - 1), 1 + random() % 16);
        break;
      case 3: {  // duplicate a span
        if (out.empty()) break;
        const std::size_t from = random() % out.size();
        const std::size_t length = std::min<std::size_t>(1 + random() % 64, out.size() - from);
        out.insert(at, out.substr(from, length));
        break;
      }
      case 4: {  // splice in part of another seed
        const std::string& other = corpus[random() % corpus.size()];
        if (other.empty()) break;
        const std::size_t from = random() % other.size();
        out.insert(at, other.substr(from, std::min<std::size_t>(1 + random() % 128, other.size() - from)));
        break;
      }
      default:  // replace a digit run's neighbourhood with a big number
        out.insert(at, std::to_string(random()));
        break;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s <corpus-dir> [mutations] [seed]\n", argv[0]);
    return 2;
  }
  const long mutations = argc > 2 ? std::stol(argv[2]) : 2000;
  std::mt19937_64 random(argc > 3 ? std::stoull(argv[3]) : 20261129u);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> corpus;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    corpus.push_back(text.str());
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "%s: the seed corpus %s is empty\n", argv[0], argv[1]);
    return 2;
  }
  std::set_terminate([] {
    std::ofstream("fuzz-finding.bin", std::ios::binary) << current;
    std::abort();
  });
  std::signal(SIGABRT, [](int) {
    std::ofstream("fuzz-finding.bin", std::ios::binary) << current;
    std::_Exit(134);
  });
  for (const std::string& seed : corpus) run(seed);
  for (long i = 0; i < mutations; ++i) run(mutate(corpus[random() % corpus.size()], corpus, random));
  std::printf("%s: %zu seeds and %ld mutations, no findings\n", argv[0], corpus.size(), mutations);
  return 0;
}
