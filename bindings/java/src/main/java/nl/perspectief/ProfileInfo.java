package nl.perspectief;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A region profile built into the library ({@link Engine#profiles()}): its id, its name in Dutch
 * and English, and the seed documents it follows.
 *
 * @param id the profile id, as {@link Engine#builtin(String)} takes it
 * @param nameNl the region's name in Dutch
 * @param nameEn the region's name in English
 * @param seeds the ids of the source documents the profile follows
 */
public record ProfileInfo(String id, String nameNl, String nameEn, List<String> seeds) {

  static List<ProfileInfo> listOf(String json) {
    List<ProfileInfo> out = new ArrayList<>();
    for (JsonText.Value p : JsonText.parse(json).elements()) {
      JsonText.Value name = p.get("name");
      out.add(new ProfileInfo(p.string("id"), name == null ? null : name.string("nl"),
          name == null ? null : name.string("en"), p.strings("seeds")));
    }
    return Collections.unmodifiableList(out);
  }
}
