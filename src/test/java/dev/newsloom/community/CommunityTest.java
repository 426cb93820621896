package dev.newsloom.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsloom.model.Article;
import dev.newsloom.model.ArticleId;
import dev.newsloom.model.Source;
import dev.newsloom.store.ArticleRepository;
import dev.newsloom.store.Database;
import dev.newsloom.store.SourceRepository;
import dev.newsloom.store.StoryRepository;
import dev.newsloom.store.TagRepository;
import dev.newsloom.tags.Category;
import dev.newsloom.tags.Hashtag;
import dev.newsloom.tags.Tagging;
import dev.newsloom.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.newsloom.testing.StoreEngine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, comments, moderation and following over a real store (SQLite and PostgreSQL), with a clock moved by hand. */
@ParameterizedClass(name = "{0}")
@EnumSource(StoreEngine.class)
class CommunityTest {
    @Parameter StoreEngine engine;
    static final Instant START = Instant.parse("2026-11-24T12:00:00Z");
    static final char[] PW = "a long enough password".toCharArray();
    @TempDir Path dir;
    Database db;
    MutableClock clock;
    Community c;

    @BeforeEach
    void open() {
        db = engine.open(dir);
        clock = new MutableClock(START);
        c = CommunityFixture.over(db, CommunityConfig.defaults(), clock);
    }

    User reader(String name) {
        return c.accounts().signUp(name, PW, "10.0.0." + name.length()).user();
    }

    User moderator(String name) {
        return c.accounts().create(name, PW, Role.MODERATOR);
    }

    @Test
    void namesAreValidatedAndUniqueWhateverTheirCase() {
        assertThat(reader("Ana").name()).isEqualTo("Ana");
        assertThatThrownBy(() -> reader("ANA")).hasMessageContaining("taken");
        assertThatThrownBy(() -> c.accounts().create("<script>", PW, Role.READER)).hasMessageContaining("letters and digits");
        assertThatThrownBy(() -> c.accounts().create("ab", PW, Role.READER)).hasMessageContaining("3 to 30");
        assertThatThrownBy(() -> c.accounts().create("Bruno", "short".toCharArray(), Role.READER)).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> c.accounts().create("Bruno.Silva", "bruno.silva".toCharArray(), Role.READER)).hasMessageContaining("not be the name");
        assertThat(c.accounts().create("Zoë_K", PW, Role.READER).name()).isEqualTo("Zoë_K");
    }

    @Test
    void logInChecksThePasswordAndOpensAFreshSessionEachTime() {
        reader("Ana");
        SignedIn first = c.accounts().logIn("ana", PW, "10.0.0.1");
        SignedIn second = c.accounts().logIn("Ana", PW, "10.0.0.1");
        assertThat(first.token()).isNotEqualTo(second.token());
        assertThat(c.sessions().find(first.token())).isPresent();
        assertThat(c.sessions().find(second.token()).orElseThrow().csrfToken()).isEqualTo(second.session().csrfToken());
        assertThatThrownBy(() -> c.accounts().logIn("Ana", "wrong password!".toCharArray(), "10.0.0.1"))
                .isInstanceOf(AccountException.class).hasMessage("The name or the password is wrong.");
        assertThatThrownBy(() -> c.accounts().logIn("Nobody", PW, "10.0.0.1")).hasMessage("The name or the password is wrong.");
        c.sessions().close(first.token());
        assertThat(c.sessions().find(first.token())).isEmpty();
        assertThat(c.sessions().find("not-a-token")).isEmpty();
        clock.advance(Duration.ofDays(31));
        assertThat(c.sessions().find(second.token())).as("sessions expire").isEmpty();
    }

    @Test
    void failedSignInsAreThrottledPerAccountAndPerAddress() {
        reader("Ana");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> c.accounts().logIn("Ana", "guess number one".toCharArray(), "10.1.1.1"))
                    .extracting(e -> ((AccountException) e).kind()).isEqualTo(AccountException.Kind.WRONG_CREDENTIALS);
        }
        // now even the right password is refused, from any address, until the window moves on
        assertThatThrownBy(() -> c.accounts().logIn("Ana", PW, "10.9.9.9"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.kind()).isEqualTo(AccountException.Kind.THROTTLED);
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15));
                    assertThat(e.getMessage()).contains("Too many failed sign-ins for this account").contains("minutes");
                });
        clock.advance(Duration.ofMinutes(16));
        assertThat(c.accounts().logIn("Ana", PW, "10.9.9.9").user().name()).isEqualTo("Ana");

        // one address trying many accounts
        for (int i = 0; i < 30; i++) {
            String name = "user" + i;
            assertThatThrownBy(() -> c.accounts().logIn(name, PW, "10.2.2.2")).isInstanceOf(AccountException.class);
        }
        assertThatThrownBy(() -> c.accounts().logIn("Ana", PW, "10.2.2.2")).hasMessageContaining("from your network");
        assertThat(c.accounts().logIn("Ana", PW, "10.3.3.3")).isNotNull();
    }

    @Test
    void namesThatLookAlikeAreOneNameAndMixedScriptsAreRefused() {
        assertThat(reader("alice_r").name()).isEqualTo("alice_r");
        // U+0430 CYRILLIC SMALL LETTER A for the first letter: identical on the page
        assertThatThrownBy(() -> c.accounts().signUp("\u0430lice_r", PW, "10.7.0.1"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.kind()).isEqualTo(AccountException.Kind.CONFLICT))
                .hasMessage("The name \u0430lice_r is taken: it looks the same as alice_r.");
        for (String lookalike : List.of("aIice_r", "ALICE_R", "alice.r", "alice__r", "alice-r", "\uff41lice_r")) {
            assertThatThrownBy(() -> c.accounts().create(lookalike, PW, Role.READER)).as(lookalike).hasMessageContaining("is taken");
        }
        // a whole-script look-alike: "ace" written in Cyrillic letters only
        reader("ace");
        assertThatThrownBy(() -> c.accounts().create("\u0430\u0441\u0435", PW, Role.READER)).hasMessageContaining("looks the same as ace");
        // mixing Latin with Greek or Cyrillic is refused even where nothing looks the same yet
        assertThatThrownBy(() -> c.accounts().create("\u0396eus_fan", PW, Role.READER)).hasMessageContaining("one script");
        assertThatThrownBy(() -> c.accounts().create("b\u043eris", PW, Role.READER)).hasMessageContaining("one script");
        assertThat(c.accounts().create("\u0411\u043e\u0440\u0438\u0441", PW, Role.READER).name()).as("Cyrillic alone").isEqualTo("Борис");
        assertThat(c.accounts().create("alice_q", PW, Role.READER).name()).as("a different name").isEqualTo("alice_q");
        assertThat(c.accounts().logIn("ALICE_R", PW, "10.7.0.2").user().name()).isEqualTo("alice_r");
    }

    @Test
    void accountsFromBeforeSkeletonsKeepWorkingAndReserveTheirLook() {
        reader("alice_r");
        reader("Bruno");
        // a store from before this release: no skeletons, and a look-alike pair already made
        String hash = new PasswordHasher().hash(PW);
        db.writeVoid(h -> {
            h.execute("UPDATE users SET name_skeleton = NULL");
            h.execute("INSERT INTO users (name, name_key, password_hash, role, created_at) VALUES (?, ?, ?, 'reader', ?)",
                    "\u0430lice_r", "\u0430lice_r", hash, START.toEpochMilli());
        });
        Community reopened = CommunityFixture.over(db, CommunityConfig.defaults(), clock); // fills skeletons, as start-up does
        assertThat(reopened.accounts().fillSkeletons()).as("the younger look-alike stays without one").isZero();
        assertThat(reopened.accounts().logIn("alice_r", PW, "10.7.0.3").user().name()).isEqualTo("alice_r");
        assertThat(reopened.accounts().logIn("\u0430lice_r", PW, "10.7.0.3").user().name()).isEqualTo("\u0430lice_r");
        assertThatThrownBy(() -> reopened.accounts().create("alice.r", PW, Role.READER)).hasMessageContaining("looks the same as alice_r");
        assertThatThrownBy(() -> reopened.accounts().create("BRUNO", PW, Role.READER)).hasMessageContaining("is taken");
        assertThatThrownBy(() -> reopened.accounts().create("Brun\u043e", PW, Role.READER)).hasMessageContaining("looks the same as Bruno");
    }

    @Test
    void freshAccountsOrOneNetworkCountAsOneReporter() {
        User bob = c.accounts().signUp("bob", PW, "10.8.0.1").user();
        clock.advance(Duration.ofDays(10));
        Target t = Target.article("f".repeat(32));
        Comment target = c.comments().post(bob, t, null, "An opinion some dislike");
        // three accounts made a minute apart from one address report it at once: one reader, nothing hidden
        for (String name : List.of("carol", "dave", "erin")) {
            User u = c.accounts().signUp(name, PW, "127.0.0.1").user();
            clock.advance(Duration.ofSeconds(20));
            c.comments().report(u, target.id(), "abuse", "127.0.0.1");
        }
        assertThat(c.comments().find(target.id()).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(c.moderation().reported(10)).as("the moderators still see every report")
                .singleElement().satisfies(x -> assertThat(x.reports()).isEqualTo(3));

        // even from three fresh networks: accounts younger than the new-account age count as one together
        Comment second = c.comments().post(bob, t, null, "Another opinion");
        List<String> fresh = List.of("fay", "gus", "hal");
        for (int i = 0; i < fresh.size(); i++) {
            User u = c.accounts().signUp(fresh.get(i), PW, "10.9.0." + i).user();
            c.comments().report(u, second.id(), "spam", "10.9.0." + i);
        }
        assertThat(c.comments().find(second.id()).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);

        // established accounts that signed up on one network, reporting from three: still one
        List<User> sleepers = List.of(c.accounts().signUp("ivy", PW, "10.10.0.1").user(),
                c.accounts().signUp("jon", PW, "10.10.0.1").user(), c.accounts().signUp("kim", PW, "10.10.0.1").user());
        List<User> laterOnes = List.of(c.accounts().signUp("lea", PW, "2001:db8:1:2::10").user(),
                c.accounts().signUp("max", PW, "10.11.0.1").user());
        clock.advance(Duration.ofDays(4));
        Comment third = c.comments().post(bob, t, null, "A third opinion");
        for (int i = 0; i < sleepers.size(); i++) c.comments().report(sleepers.get(i), third.id(), "spam", "10.12.0." + i);
        assertThat(c.comments().find(third.id()).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);
        // one more network over IPv6, reporting from another address of the same /64 it signed up in: the second independent reader
        c.comments().report(laterOnes.get(0), third.id(), "spam", "2001:db8:1:2:abcd::99");
        assertThat(c.comments().find(third.id()).orElseThrow().status()).isEqualTo(CommentStatus.VISIBLE);
        c.comments().report(laterOnes.get(1), third.id(), "spam", "10.11.0.1");
        assertThat(c.comments().find(third.id()).orElseThrow().status()).as("three independent readers").isEqualTo(CommentStatus.HELD);
        assertThat(c.moderation().log(5).get(0).detail()).isEqualTo("reported by 3 independent readers (5 reports)");

        // what a network is: an IPv4 address, or an IPv6 /64 (one household's), never the address itself
        assertThat(Networks.of("2001:db8:1:2::10")).isEqualTo(Networks.of("2001:db8:1:2:abcd::99"))
                .isNotEqualTo(Networks.of("2001:db8:1:3::10")).doesNotContain("2001");
        assertThat(Networks.of("::ffff:10.0.0.1")).isEqualTo(Networks.of("10.0.0.1")).isNotEqualTo(Networks.of("10.0.0.2"));
    }

    @Test
    void theOperatorsNewPasswordOrUnlockLiftsTheSignInLock() {
        reader("Ana");
        reader("Bruno");
        for (String who : List.of("Ana", "Bruno")) {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> c.accounts().logIn(who, "guess number one".toCharArray(), "10.1.1.1"))
                        .isInstanceOf(AccountException.class);
            }
            assertThatThrownBy(() -> c.accounts().logIn(who, PW, "10.9.9.9")).hasMessageContaining("Too many failed sign-ins");
        }
        // the reader who locked themselves out asks for a new password: it works at once
        c.accounts().resetPassword("ana", "a brand new password".toCharArray());
        assertThat(c.accounts().logIn("Ana", "a brand new password".toCharArray(), "10.9.9.9").user().name()).isEqualTo("Ana");
        // or the operator lifts the lock and the old password works
        assertThat(c.accounts().unlock("BRUNO")).isTrue();
        assertThat(c.accounts().unlock("Bruno")).as("no lock left to lift").isFalse();
        assertThat(c.accounts().logIn("Bruno", PW, "10.9.9.9").user().name()).isEqualTo("Bruno");
        assertThatThrownBy(() -> c.accounts().unlock("nobody")).hasMessage("There is no account named nobody.");
    }

    @Test
    void wrongPasswordsInTheSettingsCountTowardTheSignInLock() {
        reader("Ana");
        SignedIn s = c.accounts().logIn("Ana", PW, "10.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> c.accounts().changePassword(s.session(), "a wrong guess 1".toCharArray(), "new password here".toCharArray()))
                    .hasMessage("The current password is wrong.");
        }
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> c.accounts().delete(s.session(), "a wrong guess 2".toCharArray())).hasMessageContaining("kept");
        }
        // five wrong guesses: now even the right one is refused, in the settings and at sign-in, until the window moves on
        assertThatThrownBy(() -> c.accounts().changePassword(s.session(), PW, "new password here".toCharArray()))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.kind()).isEqualTo(AccountException.Kind.THROTTLED))
                .hasMessageContaining("Too many wrong passwords for this account");
        assertThatThrownBy(() -> c.accounts().delete(s.session(), PW)).hasMessageContaining("Too many wrong passwords");
        assertThatThrownBy(() -> c.accounts().logIn("Ana", PW, "10.0.0.2")).hasMessageContaining("Too many failed sign-ins");
        assertThat(c.accounts().findByName("Ana")).as("the account was kept").isPresent();
        clock.advance(Duration.ofMinutes(16));
        assertThat(c.accounts().changePassword(s.session(), PW, "new password here".toCharArray())).isNotNull();
    }

    @Test
    void signUpsPerAddressAreLimited() {
        for (int i = 0; i < 5; i++) c.accounts().signUp("reader" + i, PW, "10.5.5.5");
        assertThatThrownBy(() -> c.accounts().signUp("reader9", PW, "10.5.5.5")).hasMessageContaining("Too many accounts");
        assertThat(c.accounts().signUp("reader9", PW, "10.5.5.6").user().name()).isEqualTo("reader9");
    }

    @Test
    void changingThePasswordSignsOutEverywhereElse() {
        reader("Ana");
        SignedIn laptop = c.accounts().logIn("Ana", PW, "10.0.0.1");
        SignedIn phone = c.accounts().logIn("Ana", PW, "10.0.0.1");
        assertThatThrownBy(() -> c.accounts().changePassword(laptop.session(), "not the password".toCharArray(), "new password here".toCharArray()))
                .hasMessageContaining("current password is wrong");
        SignedIn renewed = c.accounts().changePassword(laptop.session(), PW, "new password here".toCharArray());
        assertThat(c.sessions().find(laptop.token())).isEmpty();
        assertThat(c.sessions().find(phone.token())).isEmpty();
        assertThat(c.sessions().find(renewed.token())).isPresent();
        assertThatThrownBy(() -> c.accounts().logIn("Ana", PW, "10.0.0.1")).isInstanceOf(AccountException.class);
        assertThat(c.accounts().logIn("Ana", "new password here".toCharArray(), "10.0.0.1")).isNotNull();
    }

    @Test
    void commentsRepliesEditsAndDeletions() {
        User ana = reader("Ana"), bruno = reader("Bruno");
        clock.advance(Duration.ofDays(4)); // no longer new accounts
        Target t = Target.article("a".repeat(32));
        Comment first = c.comments().post(ana, t, null, "  First!\r\n\r\n\r\n\r\nSecond paragraph.  ");
        assertThat(first.body()).isEqualTo("First!\n\nSecond paragraph.");
        assertThat(first.status()).isEqualTo(CommentStatus.VISIBLE);
        Comment reply = c.comments().post(bruno, t, first.id(), "A reply");
        Comment replyToReply = c.comments().post(ana, t, reply.id(), "Back to you");
        assertThat(replyToReply.parentId()).as("one level of replies").isEqualTo(first.id());
        clock.advance(Duration.ofMinutes(1));
        Comment later = c.comments().post(bruno, t, null, "Later");

        List<ThreadEntry> oldest = c.comments().thread(t, null, Comments.Order.OLDEST);
        assertThat(oldest).extracting(e -> e.comment().body()).containsExactly("First!\n\nSecond paragraph.", "Later");
        assertThat(oldest.get(0).replies()).extracting(Comment::body).containsExactly("A reply", "Back to you");
        assertThat(c.comments().thread(t, null, Comments.Order.NEWEST)).extracting(e -> e.comment().body()).containsExactly("Later", "First!\n\nSecond paragraph.");
        assertThat(c.comments().visibleCount(oldest)).isEqualTo(4);

        assertThatThrownBy(() -> c.comments().edit(bruno, first.id(), "hijack")).hasMessageContaining("Only its author");
        assertThat(c.comments().edit(ana, first.id(), "First, edited").editedAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofMinutes(15));
        assertThatThrownBy(() -> c.comments().edit(ana, first.id(), "too late")).hasMessageContaining("15 minutes");

        c.comments().delete(ana, first.id());
        List<ThreadEntry> after = c.comments().thread(t, null, Comments.Order.OLDEST);
        assertThat(after.get(0).placeholder()).as("a deleted comment with replies stays as a placeholder").isTrue();
        assertThat(after.get(0).comment().body()).isEmpty();
        c.comments().delete(bruno, later.id());
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).hasSize(1);
        assertThatThrownBy(() -> c.comments().post(ana, t, null, " \n ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> c.comments().post(ana, t, null, "x".repeat(5001))).hasMessageContaining("at most 5000");
    }

    @Test
    void aNewAccountsLinksAndBlockedWordsWaitForAModerator() {
        User ana = reader("Ana"), mod = moderator("Mona");
        Target t = Target.story("b".repeat(32));
        Comment linked = c.comments().post(ana, t, null, "Read www.example.org/offer now");
        assertThat(linked.status()).isEqualTo(CommentStatus.HELD);
        assertThat(linked.heldReason()).isEqualTo("link");
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).as("others do not see it").isEmpty();
        assertThat(c.comments().thread(t, ana, Comments.Order.OLDEST)).as("its author does").hasSize(1);
        assertThat(c.comments().post(ana, t, null, "No link here").status()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(c.comments().post(mod, t, null, "Mods may link https://example.org").status()).isEqualTo(CommentStatus.VISIBLE);

        c.moderation().addWord(mod, "  Crypto Pump ");
        assertThat(c.moderation().words()).containsExactly("crypto pump");
        assertThat(c.comments().post(ana, t, null, "Join the CRYPTO pump!").heldReason()).isEqualTo("word");
        assertThat(c.comments().post(ana, t, null, "cryptopumpers are words of their own").status()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(c.moderation().held(10)).hasSize(2);

        c.moderation().restore(mod, linked.id());
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).extracting(e -> e.comment().id()).contains(linked.id());
        assertThat(c.moderation().log(10)).extracting(LogEntry::action).containsExactly("restore", "block word");
        assertThat(c.moderation().log(10).get(0).moderator()).isEqualTo("Mona");
        assertThat(c.moderation().log(10).get(0).at()).isEqualTo(clock.instant());
    }

    @Test
    void invisibleCharactersNeitherMakeACommentNorHideABlockedWord() {
        User ana = reader("Ana"), mod = moderator("Mona");
        clock.advance(Duration.ofDays(4));
        Target t = Target.article("9".repeat(32));
        for (String empty : List.of("\u200b\u200b", " \u200b\n\ufeff\u2060 ", "\u200d\u200c\u00ad", "\u3164\u2800", "\u202e\u200f")) {
            assertThatThrownBy(() -> c.comments().post(ana, t, null, empty)).as(empty.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .hasMessage("The comment is empty.");
        }
        c.moderation().addWord(mod, "spamword");
        for (String evading : List.of("sp\u200bamword evade", "spam\u00adword", "s\u200dpamword", "\ufeffspamword", "SP\u2060AMWORD!")) {
            clock.advance(Duration.ofMinutes(3)); // within the posting limit
            assertThat(c.comments().post(ana, t, null, evading).heldReason()).as(evading).isEqualTo("word");
        }
        c.moderation().addWord(mod, "crypto\u200b pump");
        assertThat(c.moderation().words()).contains("crypto pump");
        // an emoji joined by ZWJ is kept as typed, so it still shows as one emoji
        String coder = "\uD83D\uDC69\u200D\uD83D\uDCBB writes code";
        Comment emoji = c.comments().post(ana, t, null, coder);
        assertThat(emoji.status()).isEqualTo(CommentStatus.VISIBLE);
        assertThat(emoji.body()).isEqualTo(coder);
        assertThatThrownBy(() -> c.comments().edit(ana, emoji.id(), "\u200b")).hasMessage("The comment is empty.");
    }

    @Test
    void aHiddenCommentStaysVisibleToItsAuthorWithTheModeratorsReason() {
        User ana = reader("Ana"), bruno = reader("Bruno"), mod = moderator("Mona");
        Target t = Target.article("8".repeat(32));
        Comment mine = c.comments().post(ana, t, null, "A rant about something else");
        Comment his = c.comments().post(bruno, t, null, "On the article");
        c.moderation().hide(mod, mine.id(), "  off topic ");
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).extracting(e -> e.comment().id()).containsExactly(his.id());
        assertThat(c.comments().thread(t, bruno, Comments.Order.OLDEST)).extracting(e -> e.comment().id()).containsExactly(his.id());
        List<ThreadEntry> anas = c.comments().thread(t, ana, Comments.Order.OLDEST);
        assertThat(anas).extracting(e -> e.comment().id()).containsExactly(mine.id(), his.id());
        assertThat(anas.get(0).placeholder()).isFalse();
        assertThat(anas.get(0).comment().status()).isEqualTo(CommentStatus.HIDDEN);
        assertThat(anas.get(0).comment().heldReason()).isEqualTo("off topic");
        assertThat(c.comments().visibleCount(anas)).as("what everyone can read").isEqualTo(1);
        assertThatThrownBy(() -> c.comments().post(ana, t, mine.id(), "replying to myself")).hasMessageContaining("gone");
        assertThatThrownBy(() -> c.comments().post(bruno, t, mine.id(), "replying to it")).hasMessageContaining("gone");
        assertThatThrownBy(() -> c.comments().edit(ana, mine.id(), "let me fix it")).hasMessageContaining("can no longer be edited");

        c.moderation().restore(mod, mine.id());
        assertThat(c.comments().find(mine.id()).orElseThrow().heldReason()).isNull();
        c.moderation().hide(mod, mine.id(), " ");
        assertThat(c.comments().find(mine.id()).orElseThrow().heldReason()).as("no reason given").isNull();
        c.moderation().restore(mod, mine.id());
        c.moderation().ban(mod, "Ana", "Trolling", true);
        assertThat(c.comments().find(mine.id()).orElseThrow().heldReason()).isEqualTo("the account was banned: Trolling");
    }

    @Test
    void commentsPerAccountAreRateLimited() {
        User ana = reader("Ana");
        Target t = Target.article("c".repeat(32));
        for (int i = 0; i < 5; i++) c.comments().post(ana, t, null, "comment " + i);
        assertThatThrownBy(() -> c.comments().post(ana, t, null, "one too many"))
                .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.kind()).isEqualTo(AccountException.Kind.THROTTLED));
        clock.advance(Duration.ofMinutes(11));
        assertThat(c.comments().post(ana, t, null, "again").status()).isEqualTo(CommentStatus.VISIBLE);
    }

    @Test
    void reportsHoldACommentAndModeratorsHideRestoreDeleteAndBan() {
        User spammer = reader("Spammer"), mod = moderator("Mona");
        User a = c.accounts().signUp("Ann", PW, "10.0.1.1").user(), b = c.accounts().signUp("Bob", PW, "10.0.2.1").user(),
                d = c.accounts().signUp("Dee", PW, "10.0.3.1").user();
        clock.advance(Duration.ofDays(4)); // established readers on three networks: their reports are independent
        Target t = Target.article("d".repeat(32));
        Comment bad = c.comments().post(spammer, t, null, "buy my stuff");
        assertThatThrownBy(() -> c.comments().report(spammer, bad.id(), "spam")).hasMessageContaining("your own");
        c.comments().report(a, bad.id(), "spam");
        c.comments().report(a, bad.id(), "spam"); // once per reader
        c.comments().report(b, bad.id(), "abuse");
        assertThat(c.moderation().reported(10)).singleElement().satisfies(x -> assertThat(x.reports()).isEqualTo(2));
        c.comments().report(d, bad.id(), "nonsense-reason");
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).as("held after three reports").isEmpty();
        assertThat(c.moderation().reportsOf(bad.id())).extracting(Report::reason).containsExactly("spam", "abuse", "other");

        c.moderation().hide(mod, bad.id(), "spam");
        assertThat(c.moderation().hidden(10)).extracting(Comment::id).containsExactly(bad.id());
        c.moderation().restore(mod, bad.id());
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).hasSize(1);
        c.moderation().delete(mod, bad.id(), "spam");
        assertThatThrownBy(() -> c.moderation().restore(mod, bad.id())).hasMessageContaining("cannot be restored");

        SignedIn session = c.accounts().logIn("Spammer", PW, "10.0.0.7");
        c.comments().post(spammer, t, null, "another one");
        assertThatThrownBy(() -> c.moderation().ban(mod, "Spammer", " ", true)).hasMessageContaining("reason");
        assertThatThrownBy(() -> c.moderation().ban(a, "Spammer", "spam", true)).hasMessageContaining("moderator role");
        c.moderation().ban(mod, "spammer", "Selling things", true);
        assertThat(c.sessions().find(session.token())).as("signed out everywhere").isEmpty();
        assertThatThrownBy(() -> c.accounts().logIn("Spammer", PW, "10.0.0.7")).hasMessage("This account is banned: Selling things");
        User banned = c.accounts().findByName("Spammer").orElseThrow();
        assertThatThrownBy(() -> c.comments().post(banned, t, null, "still here?")).hasMessageContaining("banned");
        assertThat(c.comments().thread(t, null, Comments.Order.OLDEST)).isEmpty();
        assertThatThrownBy(() -> c.moderation().ban(mod, "Mona", "me", false)).hasMessageContaining("yourself");
        User other = moderator("Otto");
        assertThatThrownBy(() -> c.moderation().ban(mod, other.name(), "rival", false)).hasMessageContaining("administrator");
        c.moderation().unban(mod, "Spammer");
        assertThat(c.accounts().logIn("Spammer", PW, "10.0.0.7")).isNotNull();
        assertThat(c.moderation().log(20)).extracting(LogEntry::action)
                .containsSubsequence("unban", "ban", "delete", "restore", "hide", "held");
    }

    @Test
    void exportAndDeleteAccount() {
        User ana = reader("Ana"), bruno = reader("Bruno");
        Target t = Target.article("e".repeat(32));
        Comment mine = c.comments().post(ana, t, null, "mine");
        c.comments().post(bruno, t, mine.id(), "a reply to Ana");
        c.comments().post(ana, t, null, "lonely");
        c.follows().follow(ana, Follow.Kind.HASHTAG, "Ceasefire", "#Ceasefire");
        SignedIn s = c.accounts().logIn("Ana", PW, "10.0.0.1");
        Map<String, Object> export = c.export().of(ana, s.session());
        assertThat(((Map<?, ?>) export.get("account")).get("name")).isEqualTo("Ana");
        assertThat(((Map<?, ?>) export.get("account")).get("signup_network_hash")).as("a hash, not the address")
                .isEqualTo(Networks.of("10.0.0.3"));
        assertThat((List<?>) export.get("comments")).hasSize(2);
        assertThat((List<?>) export.get("follows")).hasSize(1);
        assertThat(export.toString()).doesNotContain(s.token()).doesNotContain(ana.passwordHash());

        assertThatThrownBy(() -> c.accounts().delete(s.session(), "wrong password!!".toCharArray())).hasMessageContaining("kept");
        c.accounts().delete(s.session(), PW);
        assertThat(c.accounts().findByName("Ana")).isEmpty();
        assertThat(c.sessions().find(s.token())).isEmpty();
        List<ThreadEntry> thread = c.comments().thread(t, null, Comments.Order.OLDEST);
        assertThat(thread).singleElement().satisfies(e -> {
            assertThat(e.placeholder()).isTrue();
            assertThat(e.comment().authorName()).isNull();
            assertThat(e.replies()).extracting(Comment::body).containsExactly("a reply to Ana");
        });
        User admin = c.accounts().create("Root", PW, Role.ADMIN);
        SignedIn rs = c.accounts().logIn("Root", PW, "10.0.0.1");
        assertThatThrownBy(() -> c.accounts().delete(rs.session(), PW)).hasMessageContaining("only administrator");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void forYouBringsFollowedThingsFoldsCopiesAndStoriesAndRanksByRecencyAndBreadth() {
        SourceRepository sources = new SourceRepository(db);
        ArticleRepository articles = new ArticleRepository(db);
        TagRepository tags = new TagRepository(db);
        StoryRepository stories = new StoryRepository(db);
        Source harbor = sources.add("Harbor Gazette", "http://127.0.0.1:1/h.xml", null);
        Source bay = sources.add("Bay Ledger", "http://127.0.0.1:1/b.xml", null);
        Source hill = sources.add("Hill Courier", "http://127.0.0.1:1/c.xml", null);
        Instant now = clock.instant();
        // a story covered by three publishers, two hours old, one of them a wire copy
        Article s1 = add(articles, tags, harbor, "story/1", now.minusSeconds(7200), "Ceasefire");
        Article s2 = add(articles, tags, bay, "story/2", now.minusSeconds(7000), "Ceasefire");
        Article s3 = add(articles, tags, hill, "story/3", now.minusSeconds(6900), "Ceasefire");
        stories.save(s1.id(), s1.id(), null, null, List.of(), List.of());
        stories.save(s2.id(), s1.id(), null, null, List.of(), List.of());
        stories.save(s3.id(), s1.id(), s1.id(), null, List.of(), List.of());
        // a lone article a little newer, and one from a followed source
        Article lone = add(articles, tags, bay, "lone", now.minusSeconds(3600), "Ceasefire");
        Article fromSource = add(articles, tags, hill, "hill-only", now.minusSeconds(600), "Weather");
        Article unrelated = add(articles, tags, bay, "unrelated", now.minusSeconds(60), "Weather");
        Article old = add(articles, tags, harbor, "old", now.minus(Duration.ofDays(8)), "Ceasefire");

        User ana = reader("Ana");
        assertThat(c.forYou().items(ana, 10)).isEmpty();
        c.follows().follow(ana, Follow.Kind.HASHTAG, "Ceasefire", "#Ceasefire");
        c.follows().follow(ana, Follow.Kind.SOURCE, Long.toString(hill.id()), "Hill Courier");
        List<ForYou.Item> items = c.forYou().items(ana, 10);
        assertThat(items).extracting(i -> i.lead().id()).containsExactly(s2.id(), fromSource.id(), lone.id())
                .doesNotContain(unrelated.id(), old.id(), s3.id(), s1.id());
        ForYou.Item story = items.get(0);
        assertThat(story.folded()).as("the story's other article and its copy fold under its newest").isEqualTo(2);
        assertThat(story.storySources()).isEqualTo(3);
        assertThat(story.because()).extracting(Follow::label).containsExactlyInAnyOrder("#Ceasefire", "Hill Courier");
        // breadth: three sources and two follows outrank newer single articles; between those, the newer leads
        assertThat(story.lead().time()).isBefore(lone.time());
        assertThat(items.get(1).score()).isGreaterThan(items.get(2).score());

        c.follows().follow(ana, Follow.Kind.STORY, s1.id(), "The ceasefire");
        c.follows().unfollow(ana, Follow.Kind.HASHTAG, "ceasefire");
        assertThat(c.forYou().items(ana, 10)).extracting(i -> i.lead().id()).containsExactly(s2.id(), fromSource.id());
    }

    static Article add(ArticleRepository articles, TagRepository tags, Source s, String path, Instant when, String tag) {
        String url = "https://news.example/" + s.id() + "/" + path;
        Article a = new Article(ArticleId.fromUrl(url), s.id(), url, "Title of " + path, null, when, when, "en", null, null, null,
                "Text of " + path + ".", false, List.of());
        articles.accept(a);
        tags.save(a, new Tagging(Category.WORLD, false, List.of(Hashtag.of(tag, 3))));
        return a;
    }
}
