// A realistic Go file of about `lines` lines for the latency benchmark: gRPC handlers that
// derive timeouts, call stores and map errors, with one known mistake (a discarded cancel).

const HEADER = `package orders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type Store interface {
	Load(ctx context.Context, id string) (string, error)
	Save(ctx context.Context, id, value string) error
}

type Service struct {
	store Store
}

var errNotFound = errors.New("not found")

func (s *Service) Leaky(ctx context.Context, id string) (string, error) {
	ctx, _ = context.WithTimeout(ctx, time.Second)
	return s.store.Load(ctx, id)
}
`;

function handler(i: number): string {
  return `
// Get${i} loads record ${i} and maps storage errors to gRPC codes.
func (s *Service) Get${i}(ctx context.Context, id string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, ${(i % 5) + 1}*time.Second)
	defer cancel()
	value, err := s.store.Load(ctx, fmt.Sprintf("%s/${i}", id))
	if errors.Is(err, errNotFound) {
		return "", status.Errorf(codes.NotFound, "record %q not found", id)
	}
	if err != nil {
		return "", status.Errorf(codes.Internal, "load: %v", err)
	}
	if value == "" {
		return "", status.Error(codes.FailedPrecondition, "empty record")
	}
	return value, nil
}
`;
}

export function serviceFile(lines: number): string {
  let text = HEADER;
  for (let i = 0; text.split('\n').length < lines; i++) text += handler(i);
  return text;
}
