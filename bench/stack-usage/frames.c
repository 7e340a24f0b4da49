/* Functions shaped like kernel code, for comparing kernel-stack-usage's frame
 * estimates with the frames clang-19 -O2 really allocates
 * (scripts/measure-stack-usage.py). Not a lit test. */
#include <stddef.h>

struct request { unsigned long sector; unsigned int len; void *buf; };
struct desc { unsigned char bytes[256]; };
struct big_msg { char data[1200]; };
struct pair { long a, b; };
struct triple { long a, b, c; };

void consume(void *p, size_t n);
long compute(long x);
void take_msg(struct big_msg m);
void take_triple(struct triple t);
void take_pair(struct pair p);
struct big_msg make_msg(int kind);

void scalars_only(long a, long b)
{
	long x = compute(a), y = compute(b), z = compute(a + b);
	long w = compute(x * y), v = compute(z - w);
	consume(&v, sizeof(v));
}

void small_buffer(void) { char buf[64]; consume(buf, sizeof(buf)); }
void medium_buffer(void) { char buf[512]; consume(buf, sizeof(buf)); }
void near_limit(void) { char buf[1000]; consume(buf, sizeof(buf)); }
void just_over(void) { char buf[1040]; consume(buf, sizeof(buf)); }
void well_over(void) { char buf[2048]; consume(buf, sizeof(buf)); }

void two_arrays(void)
{
	char a[600], b[600];
	consume(a, sizeof(a));
	consume(b, sizeof(b));
}

void sibling_scopes(int x)
{
	if (x) {
		char a[700];
		consume(a, sizeof(a));
	} else {
		char b[700];
		consume(b, sizeof(b));
	}
}

void loop_scope(int n)
{
	for (int i = 0; i < n; i++) {
		struct desc d;
		consume(&d, sizeof(d));
	}
}

void struct_array(void)
{
	struct request reqs[40];
	consume(reqs, sizeof(reqs));
}

void desc_array(void)
{
	struct desc d[4];
	consume(d, sizeof(d));
}

void by_value_big(struct big_msg *m) { take_msg(*m); }
void by_value_triple(struct triple *t) { take_triple(*t); }
void by_value_pair(struct pair *p) { take_pair(*p); }
void returned_big(void) { struct big_msg m = make_msg(1); consume(&m, sizeof(m)); }

void compound_literal(void)
{
	consume(&(struct desc){ { 1 } }, sizeof(struct desc));
	consume(&(struct desc){ { 2 } }, sizeof(struct desc));
}

static void once_helper(void) { char buf[800]; consume(buf, sizeof(buf)); }
void calls_once_helper(void)
{
	char local[400];
	consume(local, sizeof(local));
	once_helper();
}

static void shared_helper(int k)
{
	char buf[700];
	consume(buf, sizeof(buf));
	consume(buf + k, 1);
	consume(buf + 2 * k, 1);
	consume(buf + 3 * k, 1);
	consume(buf + 4 * k, 1);
}
void shared_user_a(void) { char a[300]; consume(a, sizeof(a)); shared_helper(1); }
void shared_user_b(void) { char b[300]; consume(b, sizeof(b)); shared_helper(2); }

static inline void inline_helper(void) { char buf[600]; consume(buf, sizeof(buf)); }
void calls_inline_twice(void) { inline_helper(); inline_helper(); }

void __attribute__((noinline)) noinline_helper(void) { char buf[900]; consume(buf, sizeof(buf)); }
void calls_noinline(void) { char c[300]; consume(c, sizeof(c)); noinline_helper(); }

void many_scalars(int n)
{
	int a = n, b = n * 2, c = n * 3, d = n * 4, e = n * 5, f = n * 6;
	int g = n * 7, h = n * 8, i = n * 9, j = n * 10, k = n * 11, l = n * 12;
	consume(&a, sizeof(a));
	consume(&l, sizeof(l));
	compute(b + c + d + e + f + g + h + i + j + k);
}

void mixed(int n)
{
	struct request r = { 0 };
	char name[32];
	unsigned long words[64];
	consume(&r, sizeof(r));
	consume(name, sizeof(name));
	consume(words, sizeof(words) + n);
}

void nested(int n)
{
	char outer[300];
	consume(outer, sizeof(outer));
	if (n) {
		char middle[300];
		consume(middle, sizeof(middle));
		if (n > 1) {
			char inner[500];
			consume(inner, sizeof(inner));
		}
	}
}

void switch_cases(int n)
{
	switch (n) {
	case 0: { char a[900]; consume(a, sizeof(a)); break; }
	case 1: { char b[900]; consume(b, sizeof(b)); break; }
	default: { char c[200]; consume(c, sizeof(c)); break; }
	}
}

void aligned_local(void)
{
	char buf[1000] __attribute__((aligned(64)));
	consume(buf, sizeof(buf));
}
