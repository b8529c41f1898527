package nl.perspectief;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The object model every language shares (tests/conformance/operations.json, read by the Python
 * and C# suites too): every operation is a method of {@link Engine}, one that works on a plan
 * takes it first, a {@link Plan} is a value without operations or an engine, and {@link Store}
 * has the C ABI's store operations by their C names.
 */
class ObjectModelTest {
  static final JsonText.Value SHARED =
      JsonText.parse(Fixtures.read(Fixtures.ROOT.resolve("tests/conformance/operations.json")));
  static final List<JsonText.Value> OPERATIONS = SHARED.get("operations").elements();
  static final List<JsonText.Value> STORE_OPERATIONS = SHARED.get("store").get("operations").elements();
  static final List<JsonText.Value> PREPARED_OPERATIONS = SHARED.get("prepared_plan").get("operations").elements();
  static final List<JsonText.Value> PREPARED_PARTY_OPERATIONS =
      SHARED.get("prepared_party").get("operations").elements();

  /** Python's snake_case name in Java's spelling: {@code apply_all} is {@code applyAll}. */
  static String javaName(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  static Set<String> names(boolean takesPlan) {
    return OPERATIONS.stream().filter(op -> op.get("plan").value.equals(takesPlan))
        .map(op -> javaName(op.string("name"))).collect(Collectors.toCollection(TreeSet::new));
  }

  static List<Method> publicInstanceMethods(Class<?> type) {
    return publicMethods(type, false);
  }

  static List<Method> publicMethods(Class<?> type, boolean statics) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()) == statics)
        .collect(Collectors.toList());
  }

  static boolean flag(JsonText.Value op, String name) {
    JsonText.Value v = op.get(name);
    return v != null && Boolean.TRUE.equals(v.value);
  }

  /** A store operation's Java name: the list's own spelling for Java, else the camelCase one. */
  static String storeName(JsonText.Value op) {
    String own = op.string("java");
    return own != null ? own : javaName(op.string("name"));
  }

  static Set<String> storeNames(boolean statics) {
    return STORE_OPERATIONS.stream().filter(op -> flag(op, "static") == statics)
        .map(ObjectModelTest::storeName).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theSharedListIsReadable() {
    assertTrue(OPERATIONS.size() > 10, "tests/conformance/operations.json lists the operations");
    assertTrue(names(true).contains("apply"));
  }

  @Test
  void everyOperationIsAMethodOfEngine() {
    Set<String> methods = publicInstanceMethods(Engine.class).stream().map(Method::getName).collect(Collectors.toSet());
    for (String name : names(false)) assertTrue(methods.contains(name), "Engine." + name);
    for (String name : names(true)) assertTrue(methods.contains(name), "Engine." + name);
  }

  @Test
  void theEnginesPlanOperationsAreExactlyTheSharedOnesAndEachTakesThePlanFirst() {
    Set<String> takingAPlan = new TreeSet<>();
    for (Method m : publicInstanceMethods(Engine.class)) {
      Class<?>[] parameters = m.getParameterTypes();
      if (Arrays.asList(parameters).contains(Plan.class)) {
        assertEquals(Plan.class, parameters[0], m + ": the plan comes first");
        takingAPlan.add(m.getName());
      }
    }
    assertEquals(names(true), takingAPlan, "an operation on plans that one language lacks or adds");
    for (Method m : publicInstanceMethods(Engine.class)) {
      if (names(true).contains(m.getName())) {
        assertEquals(Plan.class, m.getParameterTypes()[0], m + ": every overload takes the plan");
      }
    }
  }

  @Test
  void aPlanIsAValueWithoutOperationsOrAnEngine() {
    Set<String> planMethods = publicInstanceMethods(Plan.class).stream().map(Method::getName).collect(Collectors.toSet());
    for (String name : names(true)) assertFalse(planMethods.contains(name), "Plan." + name + " belongs on Engine");
    for (Method m : publicInstanceMethods(Plan.class)) {
      assertNotEquals(Engine.class, m.getReturnType(), m + " hands out an engine");
    }
    for (Field f : Plan.class.getDeclaredFields()) {
      assertNotEquals(Engine.class, f.getType(), "Plan." + f.getName() + " keeps an engine");
    }
  }

  @Test
  void theStoreHasExactlyTheSharedOperations() {
    // isClosed is the handle's state, a property in Python and C#, not an operation.
    Set<String> instance = publicMethods(Store.class, false).stream().map(Method::getName)
        .filter(name -> !name.equals("isClosed")).collect(Collectors.toCollection(TreeSet::new));
    Set<String> statics = publicMethods(Store.class, true).stream().map(Method::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(storeNames(false), instance, "a store operation that one language lacks or adds");
    assertEquals(storeNames(true), statics, "a static store operation that one language lacks or adds");
  }

  @Test
  void eachStoreOperationTakesTheEngineFirstAsListed() {
    Set<String> withEngine = STORE_OPERATIONS.stream().filter(op -> flag(op, "engine"))
        .map(ObjectModelTest::storeName).collect(Collectors.toSet());
    assertTrue(withEngine.contains("createPlan"));
    for (Method m : publicMethods(Store.class, false)) {
      List<Class<?>> parameters = Arrays.asList(m.getParameterTypes());
      if (withEngine.contains(m.getName())) {
        assertEquals(Engine.class, parameters.get(0), m + ": the engine comes first");
      } else {
        assertFalse(parameters.contains(Engine.class), m + " takes an engine the list does not give it");
      }
    }
  }

  /** A class's public instance operations, without isClosed (the handle's state, a property in Python and C#). */
  private static Set<String> operations(Class<?> type) {
    return publicInstanceMethods(type).stream().map(Method::getName).filter(name -> !name.equals("isClosed"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> sharedNames(List<JsonText.Value> operations) {
    return operations.stream().map(op -> op.string("java") != null ? op.string("java") : javaName(op.string("name")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void thePreparedPlanHasExactlyTheSharedOperations() {
    assertEquals(sharedNames(PREPARED_OPERATIONS), operations(PreparedPlan.class),
        "a prepared plan operation that one language lacks or adds");
    assertTrue(publicMethods(PreparedPlan.class, true).isEmpty(), "a prepared plan is made by Engine.prepare");
    for (Field f : PreparedPlan.class.getDeclaredFields()) {
      assertNotEquals(Engine.class, f.getType(), "PreparedPlan." + f.getName() + " keeps an engine");
    }
  }

  @Test
  void thePreparedPartyHasExactlyTheSharedOperations() {
    List<JsonText.Value> shared = PREPARED_PARTY_OPERATIONS.stream().filter(op -> !flag(op, "python_only")).toList();
    assertEquals(sharedNames(shared), operations(PreparedParty.class),
        "a prepared party operation that one language lacks or adds");
    assertTrue(publicMethods(PreparedParty.class, true).isEmpty(), "a prepared party is made by PreparedPlan.party");
    assertEquals(0, PreparedParty.class.getConstructors().length, "a prepared party is made by PreparedPlan.party");
  }

  @Test
  void onePlanIsCheckedAgainstTwoEngines() {
    // The same value against the built-in profile and a municipality's settings: no engine is
    // bound to the plan, so the caller chooses.
    String almere = "{\"format\":\"perspectief/settings@1\",\"profile\":\"flevoland\",\"municipality\":\"Almere\","
        + "\"local_choices\":{\"regie_langdurig_verblijf\":\"verblijfsinstelling\"}}";
    // Sem's toekomstperspectief made langdurig verblijf: the regie matrix leaves that cell to the
    // municipality (local choice regie_langdurig_verblijf).
    String lelystad = Fixtures.read(Fixtures.ROOT.resolve("examples/families/lelystad-zelfstandig-wonen-verblijf.json"))
        .replace("\"toekomstperspectief\": \"zelfstandig_wonen\"", "\"toekomstperspectief\": \"langdurig_verblijf\"");
    try (Engine plain = Engine.builtin("flevoland");
         Engine inAlmere = Engine.builtin("flevoland", almere);
         Plan plan = plain.parse(lelystad)) {
      assertEquals(plain.validate(plan), inAlmere.validate(plan));
      assertEquals("lokale_toegang", plain.regieAdvice(plan, "sem").placedAt(), "the profile's default");
      assertEquals("verblijfsinstelling", inAlmere.regieAdvice(plan, "sem").placedAt(), "Almere's choice");
    }
  }
}
