/* Shapes that stress the fixed overhead: many live values next to a buffer
 * just under the limit, so spills and saved registers decide. For
 * scripts/measure-stack-usage.py; not a lit test. */
#include <stddef.h>

void consume(void *p, size_t n);
long compute(long x);
int format(char *buf, size_t n, const char *fmt, ...);

long live_values(long n)
{
	char buf[960];
	long a = compute(n), b = compute(a), c = compute(b), d = compute(c);
	long e = compute(d), f = compute(e), g = compute(f), h = compute(g);
	long i = compute(h), j = compute(i), k = compute(j), l = compute(k);
	consume(buf, sizeof(buf));
	return a + b * c - d * e + f * g - h * i + j * k - l + buf[n];
}

long live_values_loop(long n)
{
	char buf[900];
	long acc[8] = { 0 };
	for (long i = 0; i < n; i++) {
		consume(buf, sizeof(buf));
		for (int j = 0; j < 8; j++)
			acc[j] += compute(i * j) ^ buf[j];
	}
	return acc[0] + acc[1] + acc[2] + acc[3] + acc[4] + acc[5] + acc[6] + acc[7];
}

int print_report(int id, long a, long b, long c, long d, long e, long f, long g)
{
	char line[256];
	char title[64];
	int n = format(title, sizeof(title), "report %d", id);
	n += format(line, sizeof(line), "%ld %ld %ld %ld %ld %ld %ld", a, b, c, d,
		    e, f, g);
	consume(line, n);
	consume(title, n);
	return n;
}

struct stats {
	unsigned long packets, bytes, errors, dropped;
	unsigned long hist[64];
};

void collect(struct stats *out, int cpus)
{
	struct stats per_cpu[2];
	for (int c = 0; c < cpus; c++) {
		consume(&per_cpu[c & 1], sizeof(per_cpu[0]));
		out->packets += per_cpu[c & 1].packets;
		out->bytes += per_cpu[c & 1].bytes;
		for (int i = 0; i < 64; i++)
			out->hist[i] += per_cpu[c & 1].hist[i];
	}
}

struct parser_state {
	char token[128];
	int depth;
	int stack[64];
};

int parse(const char *text, size_t len)
{
	struct parser_state st = { { 0 }, 0, { 0 } };
	char scratch[512];
	size_t i;
	for (i = 0; i < len && st.depth < 64; i++) {
		if (text[i] == '(')
			st.stack[st.depth++] = (int)i;
		else if (text[i] == ')' && st.depth)
			st.depth--;
		scratch[i % sizeof(scratch)] = text[i];
	}
	consume(scratch, sizeof(scratch));
	consume(&st, sizeof(st));
	return st.depth;
}

static int checksum_block(const unsigned char *p, size_t n)
{
	unsigned char copy[256];
	int sum = 0;
	for (size_t i = 0; i < n && i < sizeof(copy); i++)
		copy[i] = p[i];
	consume(copy, sizeof(copy));
	for (size_t i = 0; i < sizeof(copy); i++)
		sum += copy[i];
	return sum;
}

int checksum_all(const unsigned char *p, size_t n)
{
	char header[600];
	consume(header, sizeof(header));
	return checksum_block(p, n) + checksum_block(p + n, n);
}

void register_args(long a, long b, long c, long d, long e, long f, long g,
		   long h)
{
	long local[4] = { a + e, b + f, c + g, d + h };
	consume(local, sizeof(local));
}

void call_many_args(void)
{
	char buf[800];
	consume(buf, sizeof(buf));
	register_args(1, 2, 3, 4, 5, 6, 7, 8);
	register_args(8, 7, 6, 5, 4, 3, 2, 1);
}
