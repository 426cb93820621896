package dev.newsloom.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts are kept (implemented by {@code store}). */
public interface UserStore {
    /**
     * Creates the account; empty when the name's key or skeleton is taken.
     *
     * @param signupNetwork {@link Networks#of} the address it signed up from; null when made by the operator
     */
    Optional<User> create(String name, String nameKey, String nameSkeleton, String passwordHash, Role role, Instant now,
            String signupNetwork);

    /** The {@link Networks#of} hash kept of where the account signed up, if any (for the reader's own data export). */
    Optional<String> signupNetwork(long id);

    /** The account whose name has this {@link Names#skeleton}, if any. */
    Optional<User> findBySkeleton(String nameSkeleton);

    /** Accounts made before names had skeletons (and look-alikes of older ones): id and name. */
    java.util.Map<Long, String> withoutSkeleton();

    /** Gives the account its skeleton; false (and nothing changed) when another account holds it. */
    boolean setSkeleton(long id, String nameSkeleton);

    Optional<User> find(long id);

    Optional<User> findByKey(String nameKey);

    List<User> all();

    long countByRole(Role role);

    void setPasswordHash(long id, String passwordHash);

    void setRole(long id, Role role);

    void ban(long id, Instant at, String reason, String by);

    void unban(long id);

    void setFeedTokenHash(long id, String tokenHashOrNull);

    Optional<User> findByFeedTokenHash(String tokenHash);

    /** Removes the account, its sessions, follows and reports; its comments are the caller's business first. */
    void delete(long id);
}
