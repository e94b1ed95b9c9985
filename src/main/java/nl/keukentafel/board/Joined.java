package nl.keukentafel.board;

/**
 * The result of joining: the pass for this session, and the secret the browser keeps so the same
 * participant comes back after a reload, a sleeping tablet or an expired session.
 */
public record Joined(ParticipantPass pass, String browserSecret) {}
