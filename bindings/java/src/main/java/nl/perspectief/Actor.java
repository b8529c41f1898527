package nl.perspectief;

import java.util.Objects;

/**
 * A natural person acting in a role: who fires a workflow event ({@link Event}), asks for events
 * ({@link Engine#availableEvents(Plan, Actor, String)}) or requests plan content ({@link SharingRequest}).
 *
 * <p>{@code role} and {@code person} are required (R-LOG: a person id such as an employee number,
 * never "system" and never a BSN); the rest is optional and added with the {@code with...}
 * methods, each returning a new Actor. Roles are the ids of docs/domain.md ({@code lokaal_team},
 * {@code ouder}, {@code hoofdaannemer}, ...); the library checks them, so a role this binding
 * does not know yet still passes. Immutable.
 *
 * <pre>{@code
 * Actor worker = Actor.of("lokaal_team", "jgt-lls-077").withOrganisation("Jeugd- en Gezinsteam Lelystad");
 * Actor mother = Actor.of("ouder", "m-1").withMember("moeder");
 * }</pre>
 */
public final class Actor {
  private final String role;
  private final String person;
  private final String name;
  private final String organisation;
  private final String member;
  private final String onBehalfOf;
  private final String toewijzing;

  private Actor(String role, String person, String name, String organisation, String member, String onBehalfOf,
      String toewijzing) {
    this.role = role;
    this.person = person;
    this.name = name;
    this.organisation = organisation;
    this.member = member;
    this.onBehalfOf = onBehalfOf;
    this.toewijzing = toewijzing;
  }

  /**
   * An actor with its two required fields.
   *
   * @param role the role id, e.g. {@code "lokaal_team"}
   * @param person the stable id of the natural person
   * @return the actor
   * @throws InvalidArgumentException when either is null or empty (at {@code /role} or {@code /person})
   */
  public static Actor of(String role, String person) {
    return new Actor(required(role, "/role"), required(person, "/person"), null, null, null, null, null);
  }

  /**
   * @param name the person's display name
   * @return a copy with it
   */
  public Actor withName(String name) {
    return new Actor(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  /**
   * @param organisation the organisation (for a provider: its id as in a toewijzing)
   * @return a copy with it
   */
  public Actor withOrganisation(String organisation) {
    return new Actor(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  /**
   * @param member the member id in this plan (required for jeugdige, ouder, gezinslid)
   * @return a copy with it
   */
  public Actor withMember(String member) {
    return new Actor(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  /**
   * @param onBehalfOf the responsible user's person id (NEN 7513)
   * @return a copy with it
   */
  public Actor withOnBehalfOf(String onBehalfOf) {
    return new Actor(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  /**
   * @param toewijzing the toewijzing a provider acts under (sharing requests; without it every running
   *     toewijzing of the provider in the plan counts)
   * @return a copy with it
   */
  public Actor withToewijzing(String toewijzing) {
    return new Actor(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  /** {@return the role id} */
  public String role() {
    return role;
  }

  /** {@return the person id} */
  public String person() {
    return person;
  }

  /** {@return the display name, or null} */
  public String name() {
    return name;
  }

  /** {@return the organisation, or null} */
  public String organisation() {
    return organisation;
  }

  /** {@return the member id in the plan, or null} */
  public String member() {
    return member;
  }

  /** {@return the responsible user's person id, or null} */
  public String onBehalfOf() {
    return onBehalfOf;
  }

  /** {@return the toewijzing number, or null} */
  public String toewijzing() {
    return toewijzing;
  }

  /** {@return the actor as the JSON object events and requests carry: {@code {"role","person",...}}} */
  public String toJson() {
    return new JsonWriter().string("role", role).string("person", person).string("name", name)
        .string("organisation", organisation).string("member", member).string("on_behalf_of", onBehalfOf)
        .string("toewijzing", toewijzing).finish();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Actor && ((Actor) other).toJson().equals(toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, person, name, organisation, member, onBehalfOf, toewijzing);
  }

  @Override
  public String toString() {
    return toJson();
  }

  static String required(String value, String pointer) {
    if (value == null || value.isEmpty()) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT,
          pointer.substring(1) + " is required", pointer, null);
    }
    return value;
  }
}
