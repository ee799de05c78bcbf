package app.rapport.domain.interactions;

/**
 * How a contact takes part in an interaction. WITH: the people it was with (their cadence restarts,
 * their ledger counts it). REFERRED and INTRODUCED: who was referred or introduced, as in "Anna
 * referred Boris to me" (WITH Anna, REFERRED Boris) or "Anna introduced me to Carla" (WITH Anna,
 * INTRODUCED Carla). "I introduced Carla to Dmitri" is WITH Carla and Dmitri, direction GIVEN.
 */
public enum ParticipantRole {
    WITH,
    REFERRED,
    INTRODUCED
}
