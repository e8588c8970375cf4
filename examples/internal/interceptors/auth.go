// Package interceptors holds the service's own gRPC interceptors.
package interceptors

import (
	"context"
	"crypto/subtle"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// TokenVerifier maps a bearer token to the caller's identity.
type TokenVerifier interface {
	Verify(ctx context.Context, token string) (subject string, err error)
}

// Auth rejects calls without a valid bearer token; health checks pass through.
func Auth(tokens TokenVerifier) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if strings.HasPrefix(info.FullMethod, "/grpc.health.v1.Health/") {
			return handler(ctx, req)
		}
		md, ok := metadata.FromIncomingContext(ctx)
		if !ok {
			return nil, status.Error(codes.Unauthenticated, "missing metadata")
		}
		values := md.Get("authorization")
		if len(values) == 0 {
			return nil, status.Error(codes.Unauthenticated, "missing bearer token")
		}
		subject, err := tokens.Verify(ctx, strings.TrimPrefix(values[0], "Bearer "))
		if err != nil {
			return nil, status.Error(codes.Unauthenticated, "invalid token")
		}
		if subject == "" {
			panic("auth: verifier accepted a token without a subject")
		}
		return handler(context.WithValue(ctx, subjectKey{}, subject), req)
	}
}

type subjectKey struct{}

// Subject is the authenticated caller of the current RPC.
func Subject(ctx context.Context) string {
	s, _ := ctx.Value(subjectKey{}).(string)
	return s
}

// StaticTokens accepts a comma-separated list of name=token pairs.
func StaticTokens(list string) TokenVerifier {
	tokens := map[string]string{}
	for _, pair := range strings.Split(list, ",") {
		if name, token, ok := strings.Cut(pair, "="); ok {
			tokens[token] = name
		}
	}
	return staticTokens(tokens)
}

type staticTokens map[string]string

func (t staticTokens) Verify(_ context.Context, token string) (string, error) {
	for known, name := range t {
		if subtle.ConstantTimeCompare([]byte(known), []byte(token)) == 1 {
			return name, nil
		}
	}
	return "", status.Error(codes.Unauthenticated, "unknown token")
}
