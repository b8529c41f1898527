package nl.perspectief;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan prepared for many sharing questions (docs/sharing.md, "The fast path"): its parts, who
 * it records as involved, its consents and birth dates are worked out once, by
 * {@link Engine#prepare(Plan)}. It answers {@link Question}s ({@link #ask(Question)},
 * {@link #askBatch(List)}) without reading any text, makes a {@link PreparedParty} for many
 * questions of one party at one moment ({@link #party(Party, Moment)}), and answers requests
 * ({@link #decide(SharingRequest)}, {@link #view(SharingRequest)}) without indexing the plan again.
 *
 * <p>Immutable and safe to share between threads; it keeps what it needs, so the engine and the
 * plan it was made from may be closed first. A changed plan is a new plan: prepare that one. It
 * owns native memory: close it when done (try-with-resources).
 */
public final class PreparedPlan implements AutoCloseable {
  final NativeHandle handle;

  PreparedPlan(long address) {
    this.handle = new NativeHandle(this, "PreparedPlan", address, PerspectiefNative::ppbind_prepared_plan_destroy);
  }

  /** {@return how many parts the plan has; a part index runs from 0, in document order} */
  public int partCount() {
    return (int) (long) handle.with(PerspectiefNative::pp_prepared_plan_part_count);
  }

  /**
   * The index of the part with exactly this address.
   *
   * @param address e.g. {@code "children/sem/results/r-sem-1"}; a level above parts
   *     ({@code "children/sem"}) is no part: ask that with {@link #decide(SharingRequest)}
   * @return the part's index
   * @throws NotFoundException when the plan has no part at that address
   */
  public int findPart(String address) {
    byte[] a = Utf8.text(address, "address");
    return (int) (long) handle.with(p -> PerspectiefNative.pp_prepared_plan_find_part(p, a));
  }

  /**
   * @param part a part's index
   * @return the part's address
   * @throws InvalidArgumentException for an index past the last part
   */
  public String partAddress(int part) {
    return Utf8.decode(handle.with(p -> PerspectiefNative.pp_prepared_plan_part_address(p, part)));
  }

  /**
   * Answers one question; builds no text.
   *
   * @param question the question
   * @return the answer
   * @throws InvalidArgumentException for a question that cannot be asked: the problems point at
   *     {@code /part}, {@code /channel}, {@code /recipient}, ... (code {@code PP-D-QUESTION} and
   *     those of a request)
   * @throws StateException when this plan or one of the question's parties is closed
   */
  public Answer ask(Question question) {
    long[] answer = new long[2];
    call(Collections.singletonList(question), false,
        (p, values, reasons) -> PerspectiefNative.ppbind_ask(p, values, reasons, answer));
    return new Answer(answer[0], answer[1]);
  }

  /**
   * Answers many questions in one native call; every question is checked before any is answered.
   * Consecutive questions of the same party, action, purpose, channel and moment share the work
   * of finding that party's standing.
   *
   * @param questions the questions
   * @return one answer per question, in order
   * @throws InvalidArgumentException as {@link #ask(Question)}, each problem's pointer starting
   *     with its question's index ({@code /3/part})
   */
  public List<Answer> askBatch(List<Question> questions) {
    if (questions == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "questions is null", "", null);
    long[] answers = new long[2 * questions.size()];
    call(questions, true,
        (p, values, reasons) -> PerspectiefNative.ppbind_ask_batch(p, values, questions.size(), reasons, answers));
    List<Answer> out = new ArrayList<>(questions.size());
    for (int i = 0; i < questions.size(); i++) out.add(new Answer(answers[2 * i], answers[2 * i + 1]));
    return Collections.unmodifiableList(out);
  }

  /**
   * This plan's party at one moment, checked and its standing in the plan worked out once: for a
   * screen that asks many questions for one user ({@link PreparedParty#ask}). Standing is dated: a
   * new moment needs a new prepared party.
   *
   * @param party who asks
   * @param at the moment of its questions
   * @return the prepared party; close it when done (it keeps what it needs: this plan and the
   *     party may be closed first)
   * @throws InvalidArgumentException for a party that cannot ask, at the pointers of a request's
   *     requester ({@code /requester/person}, ...), or a null party ({@code /requester}) or moment
   *     ({@code /at})
   * @throws StateException when this plan or the party is closed
   */
  public PreparedParty party(Party party, Moment at) {
    String missing = party == null ? "/requester" : at == null ? "/at" : null;
    if (missing != null) {
      throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "a prepared party needs " + missing.substring(1),
          missing, null);
    }
    long p = handle.acquire();
    try {
      long who = party.handle.acquire();
      try {
        return new PreparedParty(PerspectiefNative.ppbind_party_prepare(p, who, at.utcSeconds, at.offsetMinutes));
      } finally {
        party.handle.release();
      }
    } finally {
      handle.release();
    }
  }

  /**
   * {@link Engine#decide(Plan, SharingRequest)} on the prepared plan: the same decision.
   *
   * @param request the request
   * @return the decision
   */
  public Decision decide(SharingRequest request) {
    return decide(request == null ? null : request.toJson());
  }

  /**
   * @param requestJson the request document
   * @return as {@link #decide(SharingRequest)}
   */
  public Decision decide(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return Decision.of(JsonText.parse(Utf8.decode(handle.with(p -> PerspectiefNative.pp_sharing_decide_prepared(p, r)))));
  }

  /**
   * {@link Engine#view(Plan, SharingRequest)} on the prepared plan: the same view and record.
   *
   * @param request the request
   * @return the view
   */
  public View view(SharingRequest request) {
    return view(request == null ? null : request.toJson());
  }

  /**
   * @param requestJson the request document
   * @return as {@link #view(SharingRequest)}
   */
  public View view(String requestJson) {
    byte[] r = Utf8.json(requestJson, "requestJson");
    return View.of(JsonText.parse(Utf8.decode(handle.with(p -> PerspectiefNative.pp_sharing_view_prepared(p, r)))));
  }

  /** {@return whether {@link #close()} was called} */
  public boolean isClosed() {
    return handle.isClosed();
  }

  /** Releases the native prepared plan once no call is using it. Idempotent. */
  @Override
  public void close() {
    handle.close();
  }

  // ---- one native call over questions -----------------------------------------------------

  private interface Asking {
    void ask(long prepared, long[] values, byte[] reasons);
  }

  /**
   * Writes the questions' numbers and runs {@code asking} with this plan and every party leased,
   * so that none can be freed meanwhile by a close on another thread.
   */
  private void call(List<Question> questions, boolean batch, Asking asking) {
    long[] values = new long[Question.NUMBERS * questions.size()];
    Map<String, Integer> reasons = new LinkedHashMap<>();
    List<Party> leased = new ArrayList<>();
    long p = handle.acquire();
    try {
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        String at = batch ? "/" + i : "";
        if (q == null) throw PerspectiefException.create(ErrorCode.INVALID_ARGUMENT, "question " + i + " is null", at, null);
        long requester = lease(q.party, leased);
        long recipient = q.recipient == null ? 0 : lease(q.recipient, leased);
        int reason = q.breakGlassReason == null ? 0 : reasons.computeIfAbsent(q.breakGlassReason, r -> reasons.size() + 1);
        q.write(values, Question.NUMBERS * i, requester, recipient, reason);
      }
      asking.ask(p, values, reasonsText(reasons));
    } finally {
      for (Party party : leased) party.handle.release();
      handle.release();
    }
  }

  private static long lease(Party party, List<Party> leased) {
    long address = party.handle.acquire();
    leased.add(party);
    return address;
  }

  /** The break-glass reasons in their order, each ended by a NUL (none: null). */
  private static byte[] reasonsText(Map<String, Integer> reasons) {
    if (reasons.isEmpty()) return null;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String reason : reasons.keySet()) {
      byte[] text = reason.getBytes(StandardCharsets.UTF_8);
      out.write(text, 0, text.length);
      out.write(0);
    }
    return out.toByteArray();
  }
}
